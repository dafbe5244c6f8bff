package dev.critique.detect;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a phrase a detector considered was not reported (shown with {@code "explain": true}). */
public enum Reason {
  NEGATED, QUOTED_OR_REPORTED, HABIT_ADOPTED_AS_LESSON, WISH_HISTORY_OR_RESOLVE, ABOUT_SOMEONE_ELSE, ABOUT_ONESELF,
  RESPONSIBILITY_OWNED, BELOW_MIN_SEVERITY;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
