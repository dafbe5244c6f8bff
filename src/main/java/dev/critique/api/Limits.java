package dev.critique.api;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Request limits, configurable as {@code critique.limits.*} (the body size itself is
 * {@code quarkus.http.limits.max-body-size}). Lengths count UTF-16 code units, as the offsets do.
 * Read through MicroProfile Config because Hibernate Validator builds its validators outside CDI.
 */
public final class Limits {
  public enum Field {
    QUESTION("critique.limits.question-chars", 1000),
    ANSWER("critique.limits.answer-chars", 10_000),
    BATCH_ITEMS("critique.limits.batch-items", 20);

    private final String property;
    private final int defaultValue;

    Field(String property, int defaultValue) {
      this.property = property;
      this.defaultValue = defaultValue;
    }
  }

  private Limits() {}

  static int max(Field field) {
    return ConfigProvider.getConfig().getOptionalValue(field.property, Integer.class).orElse(field.defaultValue);
  }
}
