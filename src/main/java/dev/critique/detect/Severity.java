package dev.critique.detect;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a finding matters to an interviewer, in rising order. */
public enum Severity {
  INFO, WARNING, CRITICAL;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
