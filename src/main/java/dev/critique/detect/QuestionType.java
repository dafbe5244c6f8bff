package dev.critique.detect;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What an interview question asks for; detectors declare the types they apply to. */
public enum QuestionType {
  MISTAKE, FAILURE, WEAKNESS, CONFLICT, STRENGTH, MOTIVATION, BACKGROUND, OTHER;

  /** The types whose answers an interviewer expects to contain a lesson. */
  public static final Set<QuestionType> SETBACKS = EnumSet.of(MISTAKE, FAILURE, WEAKNESS, CONFLICT);

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
