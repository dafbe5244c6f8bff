package dev.critique.feedback;

import dev.critique.detect.Severity;

/**
 * The score formula, stated in the README: score = clamp(100 − Σ penalties + Σ bonuses, 0, 100). Each detector
 * that fires costs the penalty of its severity once, however many findings it has (its later findings show 0);
 * each strength found adds {@link #STRENGTH_BONUS}. 100 means nothing to worry about.
 */
public final class Scoring {
  public static final int STRENGTH_BONUS = 5;

  private Scoring() {}

  public static int penalty(Severity severity) {
    return switch (severity) {
      case CRITICAL -> 30;
      case WARNING -> 15;
      case INFO -> 5;
    };
  }

  public static int score(int impactSum) {
    return Math.max(0, Math.min(100, 100 + impactSum));
  }
}
