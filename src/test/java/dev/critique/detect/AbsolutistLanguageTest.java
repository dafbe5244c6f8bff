package dev.critique.detect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AbsolutistLanguageTest {
  private static final String Q = "Tell me about yourself.";

  @ParameterizedTest
  @ValueSource(strings = {
      "I'm a professional and [[I don't make mistakes]].",
      "Honestly, [[I don’t make mistakes]].",
      "[[I'VE NEVER FAILED]] AT ANYTHING.",
      "[[Everything I deliver is perfect]].",
      "[[Nothing ever goes wrong on my]] projects.",
      "[[I have no weaknesses]].",
      "She'd say [[my code is always flawless]].",
      "[[I never miss a deadline]], full stop.",
  })
  void flagsCategoricalClaimsAboutOneself(String marked) {
    Marked.check("absolutist-language", Q, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Since then I always write a rollback script before a migration.",
      "I always wanted to work in healthcare.",
      "My mentor used to say 'I never fail' and laugh.",
      "A candidate told us he never made mistakes.",
      "Nobody gets everything right.",
      "I never want to put a team in that position again.",
      "I don't always get it right, and I say so early.",
      "He always missed deadlines.",
  })
  void leavesTheDefinitionsExceptionsAlone(String text) {
    Marked.check("absolutist-language", Q, text);
  }
}
