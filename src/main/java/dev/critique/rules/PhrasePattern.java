package dev.critique.rules;

import dev.critique.nlp.Token;
import dev.critique.nlp.Vocabulary;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One compiled phrase rule: a sequence of elements matched against consecutive tokens of one sentence.
 * Elements: a word ('pre*': any word with that prefix; '*ing': any longer word with that suffix; '*': any word), a choice between
 * sequences (from "a|b" or a named list, optionally skippable), or a gap of up to N tokens that does not cross
 * '.', ';', ':', '?' or '!'. Matching backtracks only inside this one rule, so its cost per start token is
 * bounded by the rule, and a whole text costs time linear in its length.
 */
public final class PhrasePattern {
  sealed interface Element permits Word, Choice, Gap {}

  /** A word; {@code number} is its number in the {@link Vocabulary}, which tokens are matched by. */
  record Word(String text, boolean prefix, boolean suffix, int number) implements Element {
    static final Word ANY = new Word("", true, false, -1);

    static Word of(String text, boolean prefix, boolean suffix) {
      int number = suffix ? Vocabulary.suffix(text) : prefix ? Vocabulary.prefix(text) : Vocabulary.word(text);
      return new Word(text, prefix, suffix, number);
    }

    boolean accepts(Token token) {
      return this == ANY ? token.isWord() : token.known().has(number);
    }
  }

  /**
   * A choice between sequences. Its alternatives are indexed by the {@link Vocabulary} number of the word, prefix
   * or suffix they start with ({@code firstWords} sorted; {@code byFirstWord} the alternatives for each, as bit
   * masks of 64 alternatives a chunk), so a list of many alternatives tried at every position of a gap costs a
   * binary search or two; {@code others} are the alternatives that start with anything else, tried always.
   */
  record Choice(List<Element[]> alternatives, boolean optional, int[] firstWords, long[][] byFirstWord,
      long[] others, long firstCharMask) implements Element {

    Choice(List<Element[]> alternatives, boolean optional) {
      this(alternatives, optional, firstWords(alternatives), null, null, firstCharMask(alternatives));
    }

    Choice {
      if (byFirstWord == null) {
        int chunks = (alternatives.size() + 63) / 64;
        byFirstWord = new long[firstWords.length][chunks];
        others = new long[chunks];
        for (int i = 0; i < alternatives.size(); i++) {
          int word = firstWord(alternatives.get(i));
          long[] mask = word < 0 ? others : byFirstWord[Arrays.binarySearch(firstWords, word)];
          mask[i / 64] |= 1L << (i % 64);
        }
      }
    }

    /** Written order is kept: the alternatives that can start at the token are visited as set bits. */
    int chunks() {
      return others.length;
    }

    /** The chunk's alternatives that can start at the token (null: the end of the sentence). */
    long candidates(Token token, int chunk) {
      long candidates = others[chunk];
      if (token != null) {
        Vocabulary.Entry known = token.known();
        candidates |= startingWith(known.word(), chunk);
        for (int affix : known.affixes()) {
          candidates |= startingWith(affix, chunk);
        }
      }
      return candidates;
    }

    private long startingWith(int number, int chunk) {
      int i = number < 0 ? -1 : Arrays.binarySearch(firstWords, number);
      return i >= 0 ? byFirstWord[i][chunk] : 0L;
    }

    /**
     * The first characters an alternative can start with, as a bit mask ({@link #charBit}); all bits when one
     * alternative can start with anything. A token whose first character is not in it skips the whole choice.
     */
    private static long firstCharMask(List<Element[]> alternatives) {
      long mask = 0;
      for (Element[] alternative : alternatives) {
        Element first = alternative.length > 0 ? alternative[0] : null;
        if (first instanceof Word word && !word.suffix() && !word.text().isEmpty()) {
          mask |= charBit(word.text().charAt(0));
        } else if (first instanceof Choice choice && !choice.optional()) {
          mask |= choice.firstCharMask();
        } else {
          return -1L;
        }
      }
      return mask;
    }

    /** The number of the word, prefix or suffix the alternative starts with, or -1 ({@code *}, a choice). */
    private static int firstWord(Element[] alternative) {
      return alternative.length > 0 && alternative[0] instanceof Word word ? word.number() : -1;
    }

    private static int[] firstWords(List<Element[]> alternatives) {
      return alternatives.stream().mapToInt(Choice::firstWord).filter(n -> n >= 0).distinct().sorted().toArray();
    }
  }

  record Gap(int max) implements Element {}

  /** What is left to match after a choice: the rest of the enclosing sequence, then its own continuation. */
  private record Continuation(Element[] sequence, int next, Continuation outer) {}

  private final String label;
  private final String source;
  private final Element[] elements;
  private final boolean fixedStart;

  PhrasePattern(String label, String source, Element[] elements) {
    this.label = label;
    this.source = source;
    this.elements = elements;
    this.fixedStart = startsWithFixedWord(elements);
  }

  /** The rule as written in its data file. */
  public String source() {
    return source;
  }

  /** The rule's label ("disguised: i am ~4 perfectionist*" has label "disguised"), or "" without one. */
  public String label() {
    return label;
  }

  /** True if every match starts with one of a fixed set of words (no prefix, wildcard or optional start). */
  boolean fixedStart() {
    return fixedStart;
  }

  /**
   * What the first token of a match can be: one of the words (exact, prefixes or suffixes), any word
   * ({@code *}), or anything at all ({@code open}: a gap can come first, or the rule can match nothing).
   */
  record First(Set<Word> words, boolean anyWord, boolean open) {}

  First first() {
    Set<Word> words = new HashSet<>();
    boolean[] flags = new boolean[2]; // any word, open
    if (collectFirst(elements, words, flags)) {
      flags[1] = true;
    }
    return new First(Set.copyOf(words), flags[0], flags[1]);
  }

  /** Adds what can stand first in the sequence; true if the whole sequence can match no token. */
  private static boolean collectFirst(Element[] sequence, Set<Word> words, boolean[] flags) {
    for (Element element : sequence) {
      if (element instanceof Word word) {
        if (word == Word.ANY) {
          flags[0] = true;
        } else {
          words.add(word);
        }
        return false;
      }
      if (element instanceof Gap) {
        flags[1] = true; // a gap can skip any token
        return false;
      }
      Choice choice = (Choice) element;
      boolean empty = choice.optional();
      for (Element[] alternative : choice.alternatives()) {
        empty |= collectFirst(alternative, words, flags);
      }
      if (!empty) {
        return false;
      }
    }
    return true;
  }

  /**
   * What the sentence must contain for the rule to match there: for each required element whose match needs one
   * of a known set of words (exact, prefixes or suffixes), that set; the sentence needs one word of each. The most
   * {@link #SELECTIVE selective} come first.
   */
  List<Set<Word>> requirements() {
    return Arrays.stream(elements).map(PhrasePattern::requiredWords).filter(Objects::nonNull).map(Set::copyOf)
        .distinct().sorted(SELECTIVE).toList();
  }

  /**
   * Words one of which any match of the element contains, or null if there are none: the word itself, or for a
   * choice the union of what each alternative needs (its most {@link #SELECTIVE selective} element's words).
   */
  private static Set<Word> requiredWords(Element element) {
    if (element instanceof Word word) {
      return word == Word.ANY ? null : Set.of(word);
    }
    if (!(element instanceof Choice choice) || choice.optional()) {
      return null;
    }
    Set<Word> words = new HashSet<>();
    for (Element[] alternative : choice.alternatives()) {
      Set<Word> needed = null;
      for (Element part : alternative) {
        Set<Word> sub = requiredWords(part);
        if (sub != null && (needed == null || SELECTIVE.compare(sub, needed) <= 0)) {
          needed = sub;
        }
      }
      if (needed == null) {
        return null;
      }
      words.addAll(needed);
    }
    return words;
  }

  /**
   * Which of two word sets a sentence is less likely to contain: the smaller, then the one whose shortest word is
   * longer (short words are the common ones); on a tie the later one wins ("the bar", "first class": a phrase's
   * last word tends to be the rarer).
   */
  private static final Comparator<Set<Word>> SELECTIVE = Comparator.<Set<Word>>comparingInt(Set::size)
      .thenComparing(words -> words.stream().mapToInt(word -> word.text().length()).min().orElse(0),
          Comparator.reverseOrder());

  /** True if the rule spells one of the words anywhere, e.g. whether it asks for a negation itself. */
  public boolean mentions(Set<String> words) {
    return mentions(elements, words);
  }

  /** Index of the last token matched when the rule matches from {@code start}, else -1. */
  int matchFrom(List<Token> tokens, int start, int limit) {
    return match(elements, 0, null, tokens, start, limit, -1);
  }

  private static int match(Element[] sequence, int index, Continuation rest, List<Token> tokens, int pos, int limit,
      int lastMatched) {
    if (index == sequence.length) {
      return rest == null ? lastMatched
          : match(rest.sequence(), rest.next(), rest.outer(), tokens, pos, limit, lastMatched);
    }
    Element element = sequence[index];
    if (element instanceof Word word) {
      return pos < limit && word.accepts(tokens.get(pos))
          ? match(sequence, index + 1, rest, tokens, pos + 1, limit, pos) : -1;
    }
    if (element instanceof Gap gap) {
      for (int skip = 0; skip <= gap.max() && pos + skip <= limit; skip++) {
        if (skip > 0 && isGapStop(tokens.get(pos + skip - 1).norm())) {
          break;
        }
        int end = match(sequence, index + 1, rest, tokens, pos + skip, limit, lastMatched);
        if (end >= 0) {
          return end;
        }
      }
      return -1;
    }
    Choice choice = (Choice) element;
    Continuation after = new Continuation(sequence, index + 1, rest);
    // The alternatives that can match here, in their written order.
    Token token = pos < limit ? tokens.get(pos) : null;
    char first = token == null ? 0 : token.norm().charAt(0);
    long mask = choice.firstCharMask();
    if (mask != -1L && (token == null || (mask & charBit(first)) == 0)) {
      // every alternative starts with a word, and none with this token's first character
      return choice.optional() ? match(sequence, index + 1, rest, tokens, pos, limit, lastMatched) : -1;
    }
    for (int chunk = 0; chunk < choice.chunks(); chunk++) {
      for (long bits = choice.candidates(token, chunk); bits != 0; bits &= bits - 1) {
        Element[] alternative = choice.alternatives().get(chunk * 64 + Long.numberOfTrailingZeros(bits));
        int end = match(alternative, 0, after, tokens, pos, limit, lastMatched);
        if (end >= 0) {
          return end;
        }
      }
    }
    return choice.optional() ? match(sequence, index + 1, rest, tokens, pos, limit, lastMatched) : -1;
  }

  /** One bit per lower-case letter and digit; every other character shares the top bit. */
  static long charBit(char c) {
    if (c >= 'a' && c <= 'z') {
      return 1L << (c - 'a');
    }
    if (c >= '0' && c <= '9') {
      return 1L << (26 + c - '0');
    }
    return 1L << 63;
  }

  private static boolean isGapStop(String norm) {
    return norm.equals(".") || norm.equals(";") || norm.equals(":") || norm.equals("?") || norm.equals("!");
  }

  private static boolean startsWithFixedWord(Element[] sequence) {
    if (sequence.length == 0) {
      return false;
    }
    if (sequence[0] instanceof Word word) {
      return !word.prefix() && !word.suffix();
    }
    return sequence[0] instanceof Choice choice && !choice.optional()
        && choice.alternatives().stream().allMatch(PhrasePattern::startsWithFixedWord);
  }

  private static boolean mentions(Element[] sequence, Set<String> words) {
    for (Element element : sequence) {
      if (element instanceof Word word && words.contains(word.text())) {
        return true;
      }
      if (element instanceof Choice choice) {
        for (Element[] alternative : choice.alternatives()) {
          if (mentions(alternative, words)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return source;
  }
}
