package dev.critique.detect;

import dev.critique.nlp.AnalyzedText;
import dev.critique.rules.RuleSet;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;

/**
 * Classifies a question by phrase rules, one file per type under {@code lexicon/question-type/}. Types are tried
 * in declaration order, so "your strengths and weaknesses" is a weakness question: the type that asks for more.
 */
@Singleton
public class QuestionClassifier {
  private final Map<QuestionType, RuleSet> rules = new EnumMap<>(QuestionType.class);

  public QuestionClassifier() {
    for (QuestionType type : QuestionType.values()) {
      if (type != QuestionType.OTHER) {
        rules.put(type, RuleSet.load("question-type/" + type.id()));
      }
    }
  }

  public QuestionType classify(AnalyzedText question) {
    for (Map.Entry<QuestionType, RuleSet> entry : rules.entrySet()) {
      if (!entry.getValue().find(question).isEmpty()) {
        return entry.getKey();
      }
    }
    return QuestionType.OTHER;
  }
}
