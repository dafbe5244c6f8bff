package dev.critique.hardening;

import dev.critique.api.CritiqueResponse;
import dev.critique.api.CritiqueResponse.Considered;
import dev.critique.api.CritiqueResponse.Finding;
import dev.critique.api.CritiqueResponse.StrengthFound;

/** Span invariants every critique must keep, whatever the answer: offsets inside it, non-empty, whole code points. */
final class Invariants {
  private Invariants() {}

  static void check(String answer, CritiqueResponse response) {
    if (response == null || response.findings() == null || response.strengths() == null) {
      throw new AssertionError("incomplete response: " + response);
    }
    if (response.score() < 0 || response.score() > 100) {
      throw new AssertionError("score out of range: " + response.score());
    }
    for (Finding f : response.findings()) {
      if (f.start() == null || f.end() == null) {
        if (f.start() != null || f.end() != null || f.evidence() != null) {
          throw new AssertionError("whole-answer finding with partial span: " + f);
        }
        continue;
      }
      span("finding " + f.detector(), answer, f.start(), f.end(), f.evidence());
    }
    for (StrengthFound s : response.strengths()) {
      span("strength " + s.strength(), answer, s.start(), s.end(), s.evidence());
    }
    if (response.considered() != null) {
      for (Considered c : response.considered()) {
        span("considered " + c.detector(), answer, c.start(), c.end(), c.evidence());
      }
    }
  }

  static void span(String what, String answer, int start, int end, String evidence) {
    if (start < 0 || end > answer.length() || start >= end) {
      throw new AssertionError(what + ": span [" + start + ", " + end + ") outside answer of length " + answer.length());
    }
    if (!answer.substring(start, end).equals(evidence)) {
      throw new AssertionError(what + ": evidence differs from answer.substring(" + start + ", " + end + ")");
    }
    if (start > 0 && Character.isLowSurrogate(answer.charAt(start)) && Character.isHighSurrogate(answer.charAt(start - 1))) {
      throw new AssertionError(what + ": span starts inside a surrogate pair at " + start);
    }
    if (end < answer.length() && Character.isLowSurrogate(answer.charAt(end))
        && Character.isHighSurrogate(answer.charAt(end - 1))) {
      throw new AssertionError(what + ": span ends inside a surrogate pair at " + end);
    }
  }
}
