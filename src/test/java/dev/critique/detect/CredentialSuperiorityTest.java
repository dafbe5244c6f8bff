package dev.critique.detect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialSuperiorityTest {
  private static final String Q = "Tell me about a disagreement with your manager.";

  @ParameterizedTest
  @ValueSource(strings = {
      "[[Unlike you, I have a formal education]] in this field.",
      "With an [[MBA from Wharton I'm past rookie mistakes]].",
      "If my manager [[doesn't have an engineering degree I don't take his feedback]].",
      "She [[hasn't written code in ten years and still tells]] me how to design systems.",
  })
  void flagsCredentialsUsedAgainstOthers(String marked) {
    Marked.check("credential-superiority", Q, marked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I have a CS degree and six years in payments.",
      "My manager has a finance background, and she taught me to read a P&L.",
      "Unlike me, she had an MBA, and her pricing model was better than mine.",
  })
  void leavesPlainCredentialsAlone(String text) {
    Marked.check("credential-superiority", Q, text);
  }
}
