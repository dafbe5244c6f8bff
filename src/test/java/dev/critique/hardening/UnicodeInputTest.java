package dev.critique.hardening;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import dev.critique.Critics;
import dev.critique.api.CritiqueResponse;
import dev.critique.api.Options;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Odd Unicode around a claim the detectors react to: never throws, spans stay inside whole code points. */
class UnicodeInputTest {
  static final String CLAIM = "I don't make mistakes";
  static final String[] ODD = {
      "\u0000", "\u0001\u0007\u001B", "\u007F\u0085\u009F", "\uD800", "\uDC00", "\uDBFF\uDBFF", "\uDFFF\uD800",
      "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83D\uDC4D\uD83C\uDFFD",
      "\uD83C\uDDEB\uD83C\uDDF7", "e\u0301\u0308\u0323", "\u0301", "\u0627\u0646\u0627 \u0644\u0627 \u0623\u062E\u0637\u0626",
      "\u05D0\u05E0\u05D9 \u05DC\u05D0 \u05D8\u05D5\u05E2\u05D4", "\u202E", "\u200F\u200E", "\r\n", "\r", "\n\n",
      "\u2028", "\u2029", "\uFEFF", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E", "\u02BC",
      "`", "\u00A0", "\u3000", "\t", "\uFFFD", "\uFFFF", "\uD835\uDC08", "\u0130", "\u00DF", "\uFB01", "'", "\"", "-"};

  static Stream<String> answers() {
    List<String> out = new ArrayList<>();
    for (String odd : ODD) {
      out.add(odd);
      out.add(odd + CLAIM);
      out.add(CLAIM + odd);
      out.add(odd + CLAIM + odd + ". " + odd + "I never fail" + odd + ".");
      out.add(CLAIM.replace(" ", odd) + ", and my team always blames me.");
      out.add(CLAIM.replace("'", odd) + ".");
      out.add("I" + odd + " don" + odd + "'" + odd + "t make mistakes. I learned to ask for review.");
      out.add(odd.repeat(50) + " " + CLAIM + " " + odd.repeat(50));
      out.add("She said \u201C" + odd + CLAIM + odd + "\u201D but " + CLAIM.toUpperCase() + odd);
    }
    out.add("\uD83D\uDE00I\uD83D\uDE00 \uD83D\uDE00never\uD83D\uDE00 fail\uD83D\uDE00 mistakes\uD83D\uDE00");
    out.add("I don\u2019t make mistakes\r\nI always deliver.\rI learned a lot\u2028from my manager\u2029.");
    out.add("\uFEFFI don't make mistakes. \uFEFF I\uFEFF never\uFEFFfail.");
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("answers")
  void neverThrowsAndKeepsSpans(String answer) {
    for (Options options : List.of(new Options(false, null, null), new Options(true, null, null))) {
      CritiqueResponse response = assertDoesNotThrow(
          () -> Critics.SERVICE.critique("Tell me about a weakness \uD83D\uDE00\u0000.", answer, options));
      Invariants.check(answer, response);
      CritiqueResponse asQuestion = assertDoesNotThrow(() -> Critics.SERVICE.critique(answer, answer, options));
      Invariants.check(answer, asQuestion);
    }
  }
}
