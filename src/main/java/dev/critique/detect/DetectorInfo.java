package dev.critique.detect;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A detector's metadata, declared once on its class (as Error Prone's {@code @BugPattern}). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DetectorInfo {
  /** Stable kebab-case id; integrators key on it. */
  String id();

  Principle principle();

  Severity severity();

  /** Question types the detector runs for; empty means all. */
  QuestionType[] questionTypes() default {};

  /** Short noun phrase for the summary line, e.g. "credentials used to put someone down". */
  String title();

  /** Addressed to the candidate, naming the principle. */
  String message();

  /** What to say instead. */
  String suggestion();
}
