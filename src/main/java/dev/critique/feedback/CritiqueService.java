package dev.critique.feedback;

import dev.critique.api.CritiqueResponse;
import dev.critique.api.CritiqueResponse.Considered;
import dev.critique.api.CritiqueResponse.Finding;
import dev.critique.api.CritiqueResponse.StrengthFound;
import dev.critique.api.Options;
import dev.critique.detect.Answer;
import dev.critique.detect.AnswerAnalyzer;
import dev.critique.detect.Detector;
import dev.critique.detect.DetectorInfo;
import dev.critique.detect.Hit;
import dev.critique.detect.Reason;
import dev.critique.detect.Span;
import dev.critique.detect.QuestionType;
import io.quarkus.arc.All;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs every applicable detector on an answer and assembles findings, strengths, score and summary. */
@Startup // builds the pipeline and compiles every rule file before the service reports ready
@Singleton
public class CritiqueService {
  /** Changes whenever a detector, rule file or the score formula changes what a critique says. */
  public static final String DETECTOR_SET_VERSION = "1.0.0";

  private final AnswerAnalyzer analyzer;
  private final List<Detector> detectors;
  private final StrengthFinder strengths;

  public CritiqueService(AnswerAnalyzer analyzer, @All List<Detector> detectors, StrengthFinder strengths) {
    this.analyzer = analyzer;
    this.detectors = detectors.stream().sorted(Comparator.comparing(d -> d.info().id())).toList();
    this.strengths = strengths;
    // Waits for the sentence model, loading in the background, so that a missing model fails start-up; and, with
    // every rule file compiled by now, builds the vocabulary the rules match by.
    analyzer.analyze(QuestionType.OTHER, "Ready.");
  }

  public List<Detector> detectors() {
    return detectors;
  }

  public CritiqueResponse critique(String question, String answerText, Options options) {
    Answer answer = options.questionType() != null
        ? analyzer.analyze(options.questionType(), answerText)
        : analyzer.analyze(question, answerText);
    List<Finding> findings = new ArrayList<>();
    List<Considered> considered = new ArrayList<>();
    Set<String> penalised = new HashSet<>();
    for (Detector detector : detectors) {
      DetectorInfo info = detector.info();
      if (!appliesTo(info, answer.questionType())) {
        continue;
      }
      for (Hit hit : answer.hits(detector)) {
        Reason reason = hit.suppressedBy();
        if (reason == null && info.severity().compareTo(options.minSeverityOrDefault()) < 0) {
          reason = Reason.BELOW_MIN_SEVERITY;
        }
        if (reason == null) {
          int impact = penalised.add(info.id()) ? -Scoring.penalty(info.severity()) : 0;
          findings.add(finding(info, hit.span(), answerText, impact));
        } else if (hit.span() != null) {
          considered.add(new Considered(info.id(), hit.span().start(), hit.span().end(), evidence(answerText,
              hit.span()), reason));
        }
      }
    }
    findings.sort(Comparator.comparing((Finding f) -> f.start() == null ? Integer.MAX_VALUE : f.start())
        .thenComparing(Finding::detector));
    boolean disrespectful = findings.stream().anyMatch(f -> f.detector().equals("disrespect"));
    List<StrengthFound> found = new ArrayList<>();
    for (Map.Entry<Strength, Span> entry : strengths.find(answer, disrespectful).entrySet()) {
      Span span = entry.getValue();
      found.add(new StrengthFound(entry.getKey(), entry.getKey().description(), span.start(), span.end(),
          evidence(answerText, span), Scoring.STRENGTH_BONUS));
    }
    int impact = findings.stream().mapToInt(Finding::scoreImpact).sum()
        + found.stream().mapToInt(StrengthFound::scoreImpact).sum();
    return new CritiqueResponse(DETECTOR_SET_VERSION, answer.questionType(), Scoring.score(impact),
        Summary.of(findings, found, detectors), List.copyOf(findings), List.copyOf(found),
        options.explainOrDefault() ? List.copyOf(considered) : null);
  }

  private static boolean appliesTo(DetectorInfo info, QuestionType type) {
    return info.questionTypes().length == 0 || Arrays.asList(info.questionTypes()).contains(type);
  }

  private static Finding finding(DetectorInfo info, Span span, String answer, int impact) {
    return new Finding(info.id(), info.severity(), info.principle(), info.message(), info.suggestion(),
        span == null ? null : span.start(), span == null ? null : span.end(),
        span == null ? null : evidence(answer, span), impact);
  }

  private static String evidence(String answer, Span span) {
    return answer.substring(span.start(), span.end());
  }
}
