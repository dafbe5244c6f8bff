package dev.critique.api;

import dev.critique.detect.QuestionType;
import dev.critique.detect.Severity;

/**
 * Optional request settings. {@code explain}: also list what was considered and not reported, with the reason.
 * {@code minSeverity}: report only findings at or above it. {@code questionType}: skip classification.
 */
public record Options(Boolean explain, Severity minSeverity, QuestionType questionType) {
  static final Options DEFAULT = new Options(false, Severity.INFO, null);

  public boolean explainOrDefault() {
    return Boolean.TRUE.equals(explain);
  }

  public Severity minSeverityOrDefault() {
    return minSeverity == null ? Severity.INFO : minSeverity;
  }
}
