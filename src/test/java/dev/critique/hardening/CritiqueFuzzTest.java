package dev.critique.hardening;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.critique.Critics;
import dev.critique.api.CritiqueResponse;
import dev.critique.api.Options;
import dev.critique.detect.QuestionType;
import dev.critique.detect.Severity;

/**
 * Jazzer fuzz test of the whole pipeline. Under {@code ./mvnw test} it runs the seed inputs in
 * src/test/resources/dev/critique/hardening/CritiqueFuzzTestInputs/critique (regression mode); to fuzz:
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=CritiqueFuzzTest (3 minutes, the @FuzzTest maxDuration)}
 * (findings are written next to the seeds as crash-* files and replayed by every later test run).
 */
class CritiqueFuzzTest {
  private static final String[] WORDS = {"I", "i", "never", "always", "don't", "don\u2019t", "make", "mistakes",
      "fail", "my", "team", "manager", "blamed", "learned", "perfectionist", "\u201C", "\u201D", "\"", "'", ",",
      ".", "!", "?", ";", "-", "\n", "\r\n", "\u2028", "not", "nobody", "said", "PhD", "idiots", "\uD83D\uDE00",
      "\uD800", "\uDC00", "e\u0301", "\u0627\u0646\u0627", "\uFEFF", "\u0000"};

  @FuzzTest(maxDuration = "3m")
  void critique(FuzzedDataProvider data) {
    Options options = new Options(data.consumeBoolean(),
        data.consumeBoolean() ? data.pickValue(Severity.values()) : null,
        data.consumeBoolean() ? data.pickValue(QuestionType.values()) : null);
    String question = data.consumeString(200);
    String answer;
    if (data.consumeBoolean()) {
      // Sentence-like input built from words the rules react to, so the fuzzer reaches the detectors quickly.
      StringBuilder built = new StringBuilder();
      int words = data.consumeInt(0, 300);
      for (int i = 0; i < words && data.remainingBytes() > 0; i++) {
        built.append(data.pickValue(WORDS));
        if (data.consumeBoolean()) {
          built.append(' ');
        }
      }
      built.append(data.consumeRemainingAsString());
      answer = built.toString();
    } else {
      answer = data.consumeRemainingAsString();
    }
    CritiqueResponse response = Critics.SERVICE.critique(question, answer, options);
    Invariants.check(answer, response);
  }
}
