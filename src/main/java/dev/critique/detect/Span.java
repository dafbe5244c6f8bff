package dev.critique.detect;

/** A non-empty range of the answer in UTF-16 code units, end exclusive. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("a span must be non-empty and non-negative: [" + start + ", " + end + ")");
    }
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }
}
