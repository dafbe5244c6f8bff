package dev.critique.detect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlameShiftingTest {
  private static final String Q = "Tell me about a time a project failed.";

  @ParameterizedTest
  @ValueSource(strings = {
      "They shipped a bug and [[I got blamed]].",
      "The project [[failed because management]] kept changing requirements.",
      "[[It wasn't really my mistake]], [[the spec was wrong]].",
  })
  void flagsBlameWithoutOwnership(String marked) {
    Marked.check("blame-shifting", Q, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Part of that was shifting requirements, but I didn't push back early enough.",
      "The vendor was late, and I should have had a backup supplier lined up.",
  })
  void acceptsOutsideFactorsWithOwnership(String text) {
    Marked.check("blame-shifting", Q, text);
  }
}
