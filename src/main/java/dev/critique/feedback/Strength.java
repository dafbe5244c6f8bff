package dev.critique.feedback;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an answer does well; each is reported with the first span that shows it. */
public enum Strength {
  OWNS_MISTAKE("owns-mistake", "Owns the mistake in the first person instead of passing it on."),
  STATES_LESSON("states-lesson", "States a lesson, a change of behaviour, or what would be done differently."),
  CONCRETE_EXAMPLE("concrete-example", "Gives a concrete example with specifics: numbers, times or outcomes."),
  RESPECTFUL_LANGUAGE("respectful-language", "Speaks of other people with respect and credits their view.");

  private final String id;
  private final String description;

  Strength(String id, String description) {
    this.id = id;
    this.description = description;
  }

  @JsonValue
  public String id() {
    return id;
  }

  public String description() {
    return description;
  }
}
