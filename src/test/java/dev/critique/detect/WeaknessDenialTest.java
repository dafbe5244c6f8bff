package dev.critique.detect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeaknessDenialTest {
  private static final String Q = "What is your greatest weakness?";

  @ParameterizedTest
  @ValueSource(strings = {
      "[[I don't really have weaknesses]].",
      "[[None that would]] affect my work.",
      "Honestly, I [[can't think of a mistake]].",
      "[[I'm a perfectionist]].",
      "[[I work too hard]].",
      "[[I care too much]] about quality.",
  })
  void flagsDenialsAndDisguisedStrengths(String marked) {
    Marked.check("weakness-denial", Q, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I'm not a perfectionist, but I do over-prepare for presentations.",
      "Public speaking. I've joined a Toastmasters group and present monthly.",
  })
  void leavesRealWeaknessesAlone(String text) {
    Marked.check("weakness-denial", Q, text);
  }
}
