package dev.critique.detect;

/**
 * What a detector found: a span of the answer (null when the finding is about the whole answer), and the
 * reason it is not reported, or null when it is.
 */
public record Hit(Span span, Reason suppressedBy) {

  public static Hit reported(Span span) {
    return new Hit(span, null);
  }

  public static Hit wholeAnswer() {
    return new Hit(null, null);
  }

  public boolean isReported() {
    return suppressedBy == null;
  }
}
