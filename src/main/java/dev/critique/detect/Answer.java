package dev.critique.detect;

import dev.critique.nlp.AnalyzedText;
import dev.critique.nlp.Sentence;
import dev.critique.nlp.Token;
import dev.critique.rules.Cues;
import dev.critique.rules.PhraseMatch;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An analysed answer with what several detectors share: its question type, the lessons it states and the
 * phrases in which the candidate owns their part (both negation- and quote-filtered), the language cues, and
 * each detector's hits once computed (detectors that build on others ask {@link #hits}, so none runs twice).
 * An Answer belongs to one request thread. Every look-up here is bounded or logarithmic, so that detectors
 * stay linear in the length of the answer.
 */
public final class Answer {
  /** How far around a phrase its sentence is searched for a word. */
  private static final int SENTENCE_REACH = 20;

  private final AnalyzedText text;
  private final QuestionType questionType;
  private final List<PhraseMatch> lessons;
  private final List<PhraseMatch> ownership;
  private final Cues cues;
  private final BitSet lessonSentences = new BitSet();
  private final Map<Detector, List<Hit>> computed = new HashMap<>();

  public Answer(AnalyzedText text, QuestionType questionType, List<PhraseMatch> lessons, List<PhraseMatch> ownership,
      Cues cues) {
    this.text = text;
    this.questionType = questionType;
    this.lessons = lessons;
    this.ownership = ownership;
    this.cues = cues;
    lessons.forEach(lesson -> lessonSentences.set(sentenceOf(lesson)));
  }

  public AnalyzedText text() {
    return text;
  }

  public QuestionType questionType() {
    return questionType;
  }

  public List<PhraseMatch> lessons() {
    return lessons;
  }

  public List<PhraseMatch> ownership() {
    return ownership;
  }

  /** The detector's hits on this answer, computed on first use. */
  public List<Hit> hits(Detector detector) {
    List<Hit> hits = computed.get(detector);
    if (hits == null) {
      hits = detector.detect(this);
      computed.put(detector, hits);
    }
    return hits;
  }

  public Span span(PhraseMatch match) {
    return new Span(text.tokens().get(match.first()).start(), text.tokens().get(match.last()).end());
  }

  public int sentenceOf(PhraseMatch match) {
    return text.tokens().get(match.first()).sentence();
  }

  /** The index of the sentence holding the character at {@code offset} (binary search). */
  public int sentenceAt(int offset) {
    List<Sentence> sentences = text.sentences();
    int low = 0;
    int high = sentences.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /** The tokens lying wholly inside the span (binary search for the first). */
  public List<Token> tokensIn(Span span) {
    List<Token> tokens = text.tokens();
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).start() < span.start()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    int end = low;
    while (end < tokens.size() && tokens.get(end).end() <= span.end()) {
      end++;
    }
    return tokens.subList(low, end);
  }

  public boolean hasLessonInSentence(int sentence) {
    return lessonSentences.get(sentence);
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

  /** True if the phrase's sentence, within {@link #SENTENCE_REACH} tokens of it, contains one of the words. */
  public boolean sentenceMentions(PhraseMatch match, Set<String> words) {
    Sentence sentence = text.sentenceOf(match.first());
    int from = Math.max(sentence.from(), match.first() - SENTENCE_REACH);
    int to = Math.min(sentence.to(), match.last() + 1 + SENTENCE_REACH);
    for (int i = from; i < to; i++) {
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
