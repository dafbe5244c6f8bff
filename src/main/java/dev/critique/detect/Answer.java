package dev.critique.detect;

import dev.critique.nlp.AnalyzedText;
import dev.critique.rules.Cues;
import dev.critique.rules.PhraseMatch;
import dev.critique.nlp.Sentence;
import java.util.List;
import java.util.Set;

/**
 * An analysed answer with what several detectors share: its question type, the lessons it states and the
 * phrases in which the candidate owns their part (both negation- and quote-filtered), and the language cues.
 */
public record Answer(AnalyzedText text, QuestionType questionType, List<PhraseMatch> lessons,
    List<PhraseMatch> ownership, Cues cues) {

  public Span span(PhraseMatch match) {
    return new Span(text.tokens().get(match.first()).start(), text.tokens().get(match.last()).end());
  }

  public int sentenceOf(PhraseMatch match) {
    return text.tokens().get(match.first()).sentence();
  }

  /** The index of the sentence holding the character at {@code offset}. */
  public int sentenceAt(int offset) {
    List<Sentence> sentences = text.sentences();
    for (int i = sentences.size() - 1; i >= 0; i--) {
      if (sentences.get(i).start() <= offset) {
        return i;
      }
    }
    return 0;
  }

  public boolean hasLessonInSentence(int sentence) {
    return lessons.stream().anyMatch(lesson -> sentenceOf(lesson) == sentence);
  }

  /** True if one of the words stands within {@code window} tokens after the phrase, in the same clause. */
  public boolean followedInClause(PhraseMatch match, int window, Set<String> words) {
    Sentence sentence = text.sentenceOf(match.first());
    for (int i = match.last() + 1; i < Math.min(sentence.to(), match.last() + 1 + window); i++) {
      String norm = text.tokens().get(i).norm();
      if (words.contains(norm)) {
        return true;
      }
      if (cues.isClauseBreak(norm) && !norm.equals("and")) {
        return false;
      }
    }
    return false;
  }

  /** True if a first-person word stands within {@code window} tokens before the phrase, in the same clause. */
  public boolean firstPersonBefore(PhraseMatch match, int window) {
    Sentence sentence = text.sentenceOf(match.first());
    for (int i = match.first() - 1; i >= Math.max(sentence.from(), match.first() - window); i--) {
      String norm = text.tokens().get(i).norm();
      if (cues.isClauseBreak(norm)) {
        return false;
      }
      if (cues.isFirstPerson(norm)) {
        return true;
      }
    }
    return false;
  }

  /** True if the phrase's sentence contains one of the words. */
  public boolean sentenceMentions(PhraseMatch match, Set<String> words) {
    Sentence sentence = text.sentenceOf(match.first());
    for (int i = sentence.from(); i < sentence.to(); i++) {
      if (words.contains(text.tokens().get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  /** True if the phrase itself contains a first-person word ("I", "my", "we"). */
  public boolean mentionsSelf(PhraseMatch match) {
    for (int i = match.first(); i <= match.last(); i++) {
      if (cues.isFirstPerson(text.tokens().get(i).norm())) {
        return true;
      }
    }
    return false;
  }

  /** The reason shared by most detectors for not reporting a phrase, or null. */
  public Reason commonReason(PhraseMatch match) {
    if (cues.isQuotedOrReported(text, match)) {
      return Reason.QUOTED_OR_REPORTED;
    }
    return cues.isNegated(text, match) ? Reason.NEGATED : null;
  }

  /** A hit for the phrase, suppressed by the given reason or, failing that, the common one. */
  public Hit hit(PhraseMatch match, Reason reason) {
    return new Hit(span(match), reason != null ? reason : commonReason(match));
  }
}
