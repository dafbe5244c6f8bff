package dev.critique.detect;

import java.util.List;

@jakarta.inject.Singleton
@DetectorInfo(
    id = "missing-lesson-learned",
    principle = Principle.GROWTH,
    severity = Severity.WARNING,
    questionTypes = {QuestionType.MISTAKE, QuestionType.FAILURE, QuestionType.WEAKNESS, QuestionType.CONFLICT},
    title = "no lesson learned",
    message = "The question asks about a setback, and the answer never says what you learned, what you changed or "
        + "what you would do differently. That is what the interviewer is listening for: evidence of growth.",
    suggestion = "End with the lesson and the change it led to: \"What I took away was… Since then I…\", or \"If I "
        + "did it again I would…\".")
public class MissingLessonLearned implements Detector {

  @Override
  public List<Hit> detect(Answer answer) {
    return answer.lessons().isEmpty() ? List.of(Hit.wholeAnswer()) : List.of();
  }
}
