package dev.critique.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.critique.Critics;
import dev.critique.api.CritiqueResponse;
import dev.critique.api.Options;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pathological answers through the whole real pipeline (no HTTP, so past the 10,000-character request limit):
 * each must stay fast and keep the span invariants. Prints the median time of a few runs after warm-up.
 */
class AdversarialInputTest {
  static final String QUESTION = "Tell me about a time you made a mistake.";
  static final Options OPTIONS = new Options(true, null, null);
  /** Generous, to stay green on a loaded CI machine; the aim (and the printed figures) is under 100 ms. */
  static final long BOUND_MS = 500;

  static final String REALISTIC = "Early in my career I was responsible for the monthly billing export, and one month "
      + "I changed the currency rounding without telling the finance team. The totals were off by a few cents on "
      + "thousands of invoices, and a customer noticed before we did. I told my manager the same morning, wrote a "
      + "script to find every affected invoice, and we sent corrected statements within two days. Looking back, the "
      + "mistake was not the rounding itself but changing shared behaviour without a review. Since then I put every "
      + "change that touches money behind a second pair of eyes. My boss said \"we never fail\", but I don't think "
      + "that's true; honestly, I always learn something. ";

  static Map<String, String> inputs() {
    Map<String, String> in = new LinkedHashMap<>();
    in.put("one 50,000-char token", "a".repeat(50_000));
    in.put("50,000-char mixed token", "Idon'tmake\u2019mistakes-never_".repeat(1_700));
    in.put("'never ' x 8,000", "never ".repeat(8_000));
    in.put("'I ' x 20,000", "I ".repeat(20_000));
    in.put("'No. ' x 5,000", "No. ".repeat(5_000));
    in.put("nested quotes \"'“‘ x 2,500", "\"'\u201C\u2018".repeat(2_500));
    in.put("quoted words \"'“‘ I never fail x 1,000", "\"'\u201C\u2018I never fail ".repeat(1_000));
    in.put("unclosed “I never fail", "\u201CI never fail and I don't make mistakes. ".repeat(250));
    in.put("10,000 straight quotes", "\"".repeat(10_000));
    in.put("10,000 apostrophes", "'".repeat(10_000));
    in.put("10,000 curly single quotes", "\u2018\u2019".repeat(5_000));
    in.put("I don't make mistakes to 10,000", "I don't make mistakes ".repeat(455));
    in.put("run-on with commas", "I never make mistakes, my team always fails, they blame me, ".repeat(170));
    in.put("commas only", ",".repeat(20_000));
    in.put("hyphens", "-".repeat(20_000));
    in.put("hyphenated words", "hard-working-".repeat(3_000));
    in.put("contractions glued", "don't'won't'can't".repeat(1_000));
    in.put("20,000 newlines", "\n".repeat(20_000));
    in.put("newline words", "I\nnever\nfail\r\n".repeat(2_000));
    in.put("gap filler", ("I " + "very ".repeat(50) + "never fail. ").repeat(40));
    in.put("50,000 emoji", "\uD83D\uDE00".repeat(25_000));
    in.put("digits", "1234567890".repeat(5_000));
    in.put("realistic x 20", REALISTIC.repeat(20));
    return in;
  }

  static Stream<Arguments> cases() {
    return inputs().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @BeforeAll
  static void warmUp() {
    for (int i = 0; i < 200; i++) {
      Critics.SERVICE.critique(QUESTION, REALISTIC, OPTIONS);
    }
    for (String s : inputs().values()) {
      Critics.SERVICE.critique(QUESTION, s, OPTIONS);
    }
  }

  static long medianNanos(String question, String answer, int runs) {
    long[] t = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      CritiqueResponse r = Critics.SERVICE.critique(question, answer, OPTIONS);
      t[i] = System.nanoTime() - start;
      Invariants.check(answer, r);
    }
    Arrays.sort(t);
    return t[runs / 2];
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void staysFastAndKeepsSpans(String name, String answer) {
    long median = medianNanos(QUESTION, answer, 5);
    System.out.printf("[hardening] %-40s %7d chars  median %8.2f ms%n", name, answer.length(), median / 1e6);
    assertTrue(median < BOUND_MS * 1_000_000L, name + " took " + median / 1e6 + " ms");
  }

  @Test
  void longQuestionIsFastToo() {
    String question = "Why do you never fail? ".repeat(2_000);
    long median = medianNanos(question, REALISTIC, 5);
    System.out.printf("[hardening] %-40s %7d chars  median %8.2f ms%n", "long question", question.length(),
        median / 1e6);
    assertTrue(median < BOUND_MS * 1_000_000L);
  }

  @Test
  void costGrowsLinearly() {
    String small = REALISTIC.repeat(4);   // ~2,700 chars
    String large = REALISTIC.repeat(16);  // 4x
    for (int i = 0; i < 50; i++) {
      Critics.SERVICE.critique(QUESTION, small, OPTIONS);
      Critics.SERVICE.critique(QUESTION, large, OPTIONS);
    }
    long n = medianNanos(QUESTION, small, 15);
    long n4 = medianNanos(QUESTION, large, 15);
    double ratio = (double) n4 / n;
    System.out.printf("[hardening] linearity: %d chars %.3f ms, %d chars %.3f ms, ratio %.2f%n",
        small.length(), n / 1e6, large.length(), n4 / 1e6, ratio);
    assertTrue(ratio <= 6.0, "4x text took " + ratio + "x the time");
  }
}
