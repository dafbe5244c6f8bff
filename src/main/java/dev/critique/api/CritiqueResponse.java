package dev.critique.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.critique.detect.Principle;
import dev.critique.detect.QuestionType;
import dev.critique.detect.Reason;
import dev.critique.detect.Severity;
import dev.critique.feedback.Strength;
import java.util.List;

/** The body of a successful POST /critique; field meanings are in openapi.yaml. */
public record CritiqueResponse(
    String detectorSetVersion,
    QuestionType questionType,
    int score,
    String summary,
    List<Finding> findings,
    List<StrengthFound> strengths,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Considered> considered) {

  /** A problem in the answer; start/end are null when it concerns the whole answer. */
  public record Finding(String detector, Severity severity, Principle principle, String message, String suggestion,
      Integer start, Integer end, String evidence, int scoreImpact) {}

  public record StrengthFound(Strength strength, String description, int start, int end, String evidence,
      int scoreImpact) {}

  /** A phrase a detector considered and did not report, with why (only with "explain": true). */
  public record Considered(String detector, int start, int end, String evidence, Reason reason) {}
}
