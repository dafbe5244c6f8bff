package dev.critique.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.critique.Critics;
import dev.critique.nlp.AnalyzedText;
import dev.critique.nlp.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule engine on a small rule file (src/test/resources/lexicon/test/engine.txt), one element kind a test. */
class RuleSetTest {
  private static final RuleSet RULES = RuleSet.load("test/engine");

  /** Each match as "label=covered text". */
  private static List<String> matches(RuleSet rules, String text) {
    AnalyzedText analyzed = Critics.PIPELINE.analyze(text);
    return rules.find(analyzed).stream()
        .map(m -> m.pattern().label() + "=" + analyzed.covered(m.first(), m.last())).toList();
  }

  @Test
  void exactWordsMatchWholeWordsOnly() {
    assertEquals(List.of("exact=never made a mistake"), matches(RULES, "I never made a mistake."));
    assertEquals(List.of(), matches(RULES, "I never made a mistaken call."));
  }

  @Test
  void prefixMatchesTheWordItselfAndLongerWords() {
    assertEquals(List.of("prefix=I am a perfectionist"), matches(RULES, "I am a perfectionist."));
    assertEquals(List.of("prefix=I'm perfectionism"), matches(RULES, "I'm perfectionism personified."));
    assertEquals(List.of(), matches(RULES, "I am a perfect fit."));
  }

  @Test
  void suffixNeedsTwoMoreCharactersBeforeIt() {
    assertEquals(List.of("suffix=kept going"), matches(RULES, "We kept going."));
    assertEquals(List.of(), matches(RULES, "We kept ring fences."));
  }

  @Test
  void gapSkipsUpToItsLengthWithinAClause() {
    assertEquals(List.of("gap=blame the team"), matches(RULES, "I blame the team."));
    assertEquals(List.of("gap=blame it on my manager"), matches(RULES, "I blame it on my manager."));
    assertEquals(List.of("gap=blame it on management"), matches(RULES, "They blame it on management."));
    assertEquals(List.of(), matches(RULES, "I blame it all on the team."), "three tokens skipped");
    assertEquals(List.of(), matches(RULES, "I blame nobody; the team did well."), "a gap does not cross ';'");
  }

  @Test
  void optionalElementsMayBeAbsentAndTheLongestMatchWins() {
    assertEquals(List.of("optional=I am sure"), matches(RULES, "I am sure."));
    assertEquals(List.of("optional=I am really sure"), matches(RULES, "I am really sure."));
    assertEquals(List.of("longer=I am sure of it"), matches(RULES, "I am sure of it."));
  }

  @Test
  void aRuleNeedsEveryRequiredWordInTheSentence() {
    assertEquals(List.of(), matches(RULES, "I never made a. Mistake."));
  }

  @Test
  void aTextAnalysedBeforeARuleFileCompiledStillMatchesIt() {
    AnalyzedText early = Critics.PIPELINE.analyze("He zorblaxed the plan.");
    assertEquals(-1, early.tokens().get(1).known().word(), "no rule spelled the word when the text was analysed");
    RuleSet late = RuleSet.load("test/late");
    assertEquals(1, late.find(early).size());
    assertTrue(Vocabulary.current().lookup("zorblaxed").word() >= 0);
  }

  @Test
  void aBadRuleFailsWithItsFileAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSet.load("test/bad"));
    assertTrue(e.getMessage().contains("lexicon/test/bad.txt"), e.getMessage());
  }
}
