package dev.critique.detect;

import java.util.Map;
import java.util.TreeMap;

/** Spans kept by start, answering "does this overlap any?" in logarithmic time. Overlapping spans are allowed. */
final class SpanSet {
  private final TreeMap<Integer, Integer> endByStart = new TreeMap<>();
  private int longest;

  void add(Span span) {
    endByStart.merge(span.start(), span.end(), Math::max);
    longest = Math.max(longest, span.end() - span.start());
  }

  boolean overlaps(Span span) {
    // Any overlapping span starts before span.end() and no earlier than span.start() - longest.
    for (Map.Entry<Integer, Integer> e : endByStart.subMap(span.start() - longest, true, span.end(), false).entrySet()) {
      if (e.getValue() > span.start()) {
        return true;
      }
    }
    return false;
  }
}
