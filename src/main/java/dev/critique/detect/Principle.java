package dev.critique.detect;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The interview principles an answer can break. */
public enum Principle {
  HUMILITY, RESPECT, GROWTH, OWNERSHIP, SELF_AWARENESS;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
