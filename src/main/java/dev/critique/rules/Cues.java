package dev.critique.rules;

import dev.critique.nlp.AnalyzedText;
import dev.critique.nlp.Sentence;
import dev.critique.nlp.Token;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/**
 * Language cues every detector needs, loaded once from {@code lexicon/common.txt} and
 * {@code lexicon/context.txt}: negation scope in the manner of NegEx, quoted speech (marked by the pipeline)
 * and reported speech ("a candidate told us he never made mistakes").
 */
@Singleton
public class Cues {
  /** How many tokens before a phrase a negation word still reaches, as in NegEx. */
  static final int NEGATION_WINDOW = 5;
  /** How many tokens back a reporting verb still makes a phrase reported speech (bounded: no quadratic scans). */
  static final int REPORTING_REACH = 30;
  /** How many auxiliaries and adverbs may stand between a reporting verb and its subject. */
  static final int SUBJECT_REACH = 6;

  private final Set<String> negation;
  private final Set<String> clauseBreak;
  private final Set<String> firstPerson;
  private final Set<String> reportingVerb;
  private final Set<String> pastBeliefVerb;
  private final Set<String> subjectSkip;

  public Cues() {
    RuleSet lists = RuleSet.load("context");
    negation = lists.words("negation");
    clauseBreak = lists.words("clause-break");
    firstPerson = lists.words("first-person");
    reportingVerb = lists.words("reporting-verb");
    pastBeliefVerb = lists.words("past-belief-verb");
    subjectSkip = lists.words("subject-skip");
  }

  public boolean isNegation(String norm) {
    return negation.contains(norm);
  }

  public boolean isClauseBreak(String norm) {
    return clauseBreak.contains(norm);
  }

  public boolean isFirstPerson(String norm) {
    return firstPerson.contains(norm);
  }

  /**
   * NegEx: a negation word up to {@link #NEGATION_WINDOW} tokens before the phrase, with no clause break between,
   * or (when the rule does not spell a negation itself) a negation word inside the matched phrase.
   */
  public boolean isNegated(AnalyzedText text, PhraseMatch match) {
    List<Token> tokens = text.tokens();
    int sentenceStart = text.sentenceOf(match.first()).from();
    for (int i = match.first() - 1; i >= Math.max(sentenceStart, match.first() - NEGATION_WINDOW); i--) {
      String norm = tokens.get(i).norm();
      if (clauseBreak.contains(norm)) {
        break;
      }
      if (negation.contains(norm)) {
        return true;
      }
    }
    if (!match.pattern().mentions(negation)) {
      for (int i = match.first(); i <= match.last(); i++) {
        if (negation.contains(tokens.get(i).norm())) {
          return true;
        }
      }
    }
    return false;
  }

  /** True if any word of the phrase is inside quotation marks or follows someone else's reporting verb. */
  public boolean isQuotedOrReported(AnalyzedText text, PhraseMatch match) {
    List<Token> tokens = text.tokens();
    for (int i = match.first(); i <= match.last(); i++) {
      if (tokens.get(i).quoted()) {
        return true;
      }
    }
    Sentence sentence = text.sentenceOf(match.first());
    int from = Math.max(sentence.from(), match.first() - REPORTING_REACH);
    for (int verb = match.first() - 1; verb >= from; verb--) {
      String norm = tokens.get(verb).norm();
      if (norm.equals(";") || norm.equals("but")) {
        return false; // a reporting verb reaches to the end of its clause
      }
      if (reportingVerb.contains(norm) && isSomeoneElsesClaim(tokens, sentence, verb)) {
        return true;
      }
    }
    return false;
  }

  private boolean isSomeoneElsesClaim(List<Token> tokens, Sentence sentence, int verb) {
    if (tokens.get(verb).norm().equals("according")) {
      return true;
    }
    boolean habitual = false;
    boolean hypothetical = false;
    int subject = verb - 1;
    int lowest = Math.max(sentence.from(), verb - SUBJECT_REACH);
    while (subject >= lowest && subjectSkip.contains(tokens.get(subject).norm())) {
      habitual |= tokens.get(subject).norm().equals("used");
      hypothetical |= tokens.get(subject).norm().equals("would");
      subject--;
    }
    if (hypothetical && !habitual) {
      return false; // "she'd say my code is flawless": the candidate's own claim, voiced for someone else
    }
    if (subject < sentence.from()) {
      return false;
    }
    if (firstPerson.contains(tokens.get(subject).norm())) {
      return habitual || pastBeliefVerb.contains(tokens.get(verb).norm()); // "I used to think…": a past belief
    }
    return true;
  }
}
