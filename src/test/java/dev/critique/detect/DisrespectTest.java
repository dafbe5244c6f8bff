package dev.critique.detect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisrespectTest {
  private static final String Q = "Why are you leaving your current job?";

  @ParameterizedTest
  @ValueSource(strings = {
      "My last [[company was a joke]].",
      "[[Management was clueless]].",
      "I'm [[not sure you'd follow]] the technical details.",
      "[[My coworker was lazy]].",
  })
  void flagsContempt(String marked) {
    Marked.check("disrespect", Q, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "My manager and I disagreed about the rollout date, so we agreed on a staged release.",
      "I felt like an idiot when I saw the error, and I fixed it that afternoon.",
  })
  void leavesNeutralAccountsAlone(String text) {
    Marked.check("disrespect", Q, text);
  }
}
