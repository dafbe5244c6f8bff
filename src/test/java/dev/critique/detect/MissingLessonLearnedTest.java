package dev.critique.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.critique.Critics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MissingLessonLearnedTest {
  private static final String Q = "Tell me about a time you made a mistake.";
  private static final Detector DETECTOR = new MissingLessonLearned();

  @ParameterizedTest
  @ValueSource(strings = {
      "I shipped a bug to production and we rolled it back.",
      "I don't make mistakes.",
      "I forgot to back up the database. I didn't really learn anything from it.",
      "I mixed up two orders. I wouldn't do anything differently.",
  })
  void firesWhenASetbackAnswerHasNoLesson(String answer) {
    assertEquals(1, DETECTOR.detect(Critics.ANALYZER.analyze(Q, answer)).size(), answer);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I shipped a bug. I learned to run the full suite before every release.",
      "I shipped a bug. Since then I pair on every release.",
      "I shipped a bug. These days I use a checklist.",
      "I shipped a bug. What I took away was to test on real data.",
      "I shipped a bug. If I did it again I would ask for a review.",
      "I shipped a bug. It taught me to slow down.",
      "I shipped a bug. We rolled it back. Two weeks later I started writing release notes for every change.",
  })
  void acceptsALessonInAnyPhrasing(String answer) {
    assertTrue(DETECTOR.detect(Critics.ANALYZER.analyze(Q, answer)).isEmpty(), answer);
  }

  @ParameterizedTest
  @ValueSource(strings = {"What are your greatest strengths?", "Why do you want this job?", "Walk me through your resume."})
  void neverRunsForOtherQuestionTypes(String question) {
    DetectorInfo info = DETECTOR.info();
    assertTrue(java.util.Arrays.stream(info.questionTypes())
        .noneMatch(t -> t == Critics.CLASSIFIER.classify(Critics.PIPELINE.analyze(question))), question);
  }
}
