package dev.critique.detect;

import dev.critique.nlp.AnalyzedText;
import dev.critique.nlp.TextPipeline;
import dev.critique.rules.Cues;
import dev.critique.rules.PhraseMatch;
import dev.critique.rules.RuleSet;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/**
 * Turns a question and an answer into an {@link Answer}: runs the pipeline, classifies the question, and finds
 * what the candidate states as a lesson ({@code lexicon/lesson.txt}) or as their own part in a failure
 * ({@code lexicon/ownership.txt}). A negated ("I didn't learn anything", "I learned nothing") or quoted
 * statement does not count.
 */
@Singleton
public class AnswerAnalyzer {
  private static final Set<String> EMPTY_OBJECTS = Set.of("nothing", "little", "none");

  private final TextPipeline pipeline;
  private final Cues cues;
  private final QuestionClassifier classifier;
  private final RuleSet lessons = RuleSet.load("lesson");
  private final RuleSet ownership = RuleSet.load("ownership");

  public AnswerAnalyzer(TextPipeline pipeline, Cues cues, QuestionClassifier classifier) {
    this.pipeline = pipeline;
    this.cues = cues;
    this.classifier = classifier;
  }

  public Answer analyze(String question, String answer) {
    return analyze(classifier.classify(pipeline.analyze(question)), answer);
  }

  public Answer analyze(QuestionType type, String answer) {
    AnalyzedText text = pipeline.analyze(answer);
    return new Answer(text, type, stated(lessons, text), stated(ownership, text), cues);
  }

  private List<PhraseMatch> stated(RuleSet rules, AnalyzedText text) {
    return rules.find(text).stream()
        .filter(m -> !cues.isNegated(text, m) && !cues.isQuotedOrReported(text, m) && !followedByNothing(text, m))
        .toList();
  }

  private static boolean followedByNothing(AnalyzedText text, PhraseMatch match) {
    int next = match.last() + 1;
    return next < text.tokens().size() && EMPTY_OBJECTS.contains(text.tokens().get(next).norm());
  }
}
