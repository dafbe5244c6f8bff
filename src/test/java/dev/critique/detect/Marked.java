package dev.critique.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.critique.Critics;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: "I'm a pro and [[I don't make mistakes]]." marks the spans a detector must report; the brackets
 * are removed before the text is analysed. A text without brackets must produce no reported span.
 */
final class Marked {
  private Marked() {}

  static void check(String detectorId, String question, String marked) {
    StringBuilder text = new StringBuilder();
    List<Span> expected = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < marked.length(); i++) {
      if (marked.startsWith("[[", i)) {
        open = text.length();
        i++;
      } else if (marked.startsWith("]]", i)) {
        expected.add(new Span(open, text.length()));
        i++;
      } else {
        text.append(marked.charAt(i));
      }
    }
    Detector detector = Critics.DETECTORS.stream().filter(d -> d.info().id().equals(detectorId)).findFirst()
        .orElseThrow();
    Answer answer = Critics.ANALYZER.analyze(question, text.toString());
    List<Span> reported = detector.detect(answer).stream().filter(Hit::isReported).map(Hit::span).toList();
    assertEquals(expected, reported, () -> detectorId + " on: " + text);
  }
}
