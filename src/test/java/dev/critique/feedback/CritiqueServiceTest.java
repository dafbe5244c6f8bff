package dev.critique.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.critique.Critics;
import dev.critique.api.CritiqueResponse;
import dev.critique.api.CritiqueResponse.Finding;
import dev.critique.api.Options;
import dev.critique.detect.QuestionType;
import dev.critique.detect.Reason;
import dev.critique.detect.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CritiqueServiceTest {
  private static final String MISTAKE = "Tell me about a time you made a mistake.";
  private static final String NO_MISTAKES =
      "I'm a professional and I don't make mistakes. Unlike you, I have a formal education in this field.";
  private static final String GOOD = "In 2023 I approved a refund twice, which cost us $400. I told my manager the "
      + "same day and fixed it. Since then I check the refund log before approving anything, and we have had no "
      + "duplicate refunds in the 18 months since.";

  private static CritiqueResponse critique(String question, String answer, Options options) {
    return Critics.SERVICE.critique(question, answer, options);
  }

  @Test
  void theScoreIsTheAuditableSumOfImpacts() {
    for (String answer : List.of(NO_MISTAKES, GOOD, "My last company was a joke and management was clueless.")) {
      CritiqueResponse r = critique(MISTAKE, answer, new Options(false, null, null));
      int sum = r.findings().stream().mapToInt(Finding::scoreImpact).sum()
          + r.strengths().stream().mapToInt(CritiqueResponse.StrengthFound::scoreImpact).sum();
      assertEquals(Math.max(0, Math.min(100, 100 + sum)), r.score(), answer);
    }
  }

  @Test
  void eachDetectorCostsItsPenaltyOnce() {
    CritiqueResponse r = critique("Why did you leave?", "Management was clueless. My coworker was lazy.",
        new Options(false, null, null));
    List<Finding> disrespect = r.findings().stream().filter(f -> f.detector().equals("disrespect")).toList();
    assertEquals(2, disrespect.size());
    assertEquals(-Scoring.penalty(Severity.CRITICAL), disrespect.get(0).scoreImpact());
    assertEquals(0, disrespect.get(1).scoreImpact());
  }

  @Test
  void aGoodAnswerHasNoFindingsAndItsStrengths() {
    CritiqueResponse r = critique(MISTAKE, GOOD, new Options(false, null, null));
    assertEquals(List.of(), r.findings());
    assertEquals(100, r.score());
    List<Strength> found = r.strengths().stream().map(CritiqueResponse.StrengthFound::strength).toList();
    assertTrue(found.containsAll(List.of(Strength.STATES_LESSON, Strength.CONCRETE_EXAMPLE)), found.toString());
    r.strengths().forEach(s -> assertEquals(GOOD.substring(s.start(), s.end()), s.evidence()));
    assertTrue(r.summary().startsWith("No problems found"), r.summary());
  }

  @Test
  void minSeverityMovesLowerFindingsOutOfTheScore() {
    CritiqueResponse all = critique(MISTAKE, NO_MISTAKES, new Options(true, null, null));
    CritiqueResponse critical = critique(MISTAKE, NO_MISTAKES, new Options(true, Severity.CRITICAL, null));
    assertTrue(critical.findings().stream().allMatch(f -> f.severity() == Severity.CRITICAL));
    assertTrue(critical.considered().stream().anyMatch(c -> c.reason() == Reason.BELOW_MIN_SEVERITY));
    assertTrue(critical.score() > all.score());
  }

  @Test
  void explainShowsWhyAPhraseWasNotReported() {
    CritiqueResponse r = critique(MISTAKE, "I shipped a bug. Since then I never miss a deadline. "
        + "A candidate told us he never made mistakes. My old lead always missed deadlines.",
        new Options(true, null, null));
    assertTrue(r.findings().stream().noneMatch(f -> f.detector().equals("absolutist-language")), r.toString());
    List<Reason> reasons = r.considered().stream().map(CritiqueResponse.Considered::reason).toList();
    assertTrue(reasons.containsAll(List.of(Reason.HABIT_ADOPTED_AS_LESSON, Reason.QUOTED_OR_REPORTED,
        Reason.ABOUT_SOMEONE_ELSE)), reasons.toString());
    r.considered().forEach(c -> assertEquals(c.evidence().length(), c.end() - c.start()));
    assertNull(critique(MISTAKE, GOOD, new Options(false, null, null)).considered());
  }

  @Test
  void questionTypeOptionSkipsClassification() {
    CritiqueResponse r = critique("Anything else?", "I shipped a bug and we fixed it.",
        new Options(false, null, QuestionType.FAILURE));
    assertEquals(QuestionType.FAILURE, r.questionType());
    assertTrue(r.findings().stream().anyMatch(f -> f.detector().equals("missing-lesson-learned")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "What's the biggest error you've made?|mistake",
      "Describe a time things went wrong.|failure",
      "When did a project not go to plan?|failure",
      "Where do you need to improve?|weakness",
      "What is your greatest weakness?|weakness",
      "Tell me about a time you and a colleague didn't see eye to eye.|conflict",
      "Tell me about a disagreement with your manager.|conflict",
      "What are you most proud of?|strength",
      "Why do you want this job?|motivation",
      "Walk me through your resume.|background",
      "How would you design a URL shortener?|other",
  })
  void classifiesQuestionsInManyPhrasings(String question, String type) {
    assertEquals(type, Critics.CLASSIFIER.classify(Critics.PIPELINE.analyze(question)).id());
  }
}
