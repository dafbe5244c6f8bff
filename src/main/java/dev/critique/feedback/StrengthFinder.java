package dev.critique.feedback;

import dev.critique.detect.Answer;
import dev.critique.detect.Span;
import dev.critique.rules.PhraseMatch;
import dev.critique.rules.RuleSet;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds what the answer does well. Ownership and lessons come from the analysed answer; concrete specifics and
 * respectful language from {@code lexicon/concrete-example.txt} and {@code lexicon/respectful-language.txt}.
 */
@Singleton
public class StrengthFinder {
  private final RuleSet concrete = RuleSet.load("concrete-example");
  private final RuleSet respectful = RuleSet.load("respectful-language");

  /** The first span showing each strength; respect is not credited next to a disrespect finding. */
  public Map<Strength, Span> find(Answer answer, boolean disrespectful) {
    Map<Strength, Span> found = new EnumMap<>(Strength.class);
    first(answer, answer.ownership(), Strength.OWNS_MISTAKE, found);
    first(answer, answer.lessons(), Strength.STATES_LESSON, found);
    first(answer, stated(answer, concrete), Strength.CONCRETE_EXAMPLE, found);
    if (!disrespectful) {
      first(answer, stated(answer, respectful), Strength.RESPECTFUL_LANGUAGE, found);
    }
    return found;
  }

  private static List<PhraseMatch> stated(Answer answer, RuleSet rules) {
    return rules.find(answer.text()).stream().filter(m -> answer.commonReason(m) == null).toList();
  }

  private static void first(Answer answer, List<PhraseMatch> matches, Strength strength, Map<Strength, Span> into) {
    if (!matches.isEmpty()) {
      into.put(strength, answer.span(matches.get(0)));
    }
  }
}
