package dev.critique.rules;

import dev.critique.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * One compiled phrase rule: a sequence of elements matched against consecutive tokens of one sentence.
 * Elements: a word ('pre*': any word with that prefix; '*ing': any longer word with that suffix; '*': any word), a choice between
 * sequences (from "a|b" or a named list, optionally skippable), or a gap of up to N tokens that does not cross
 * '.', ';', ':', '?' or '!'. Matching backtracks only inside this one rule, so its cost per start token is
 * bounded by the rule, and a whole text costs time linear in its length.
 */
public final class PhrasePattern {
  sealed interface Element permits Word, Choice, Gap {}

  record Word(String text, boolean prefix, boolean suffix) implements Element {
    static final Word ANY = new Word("", true, false);

    boolean accepts(String norm) {
      if (this == ANY) {
        return Character.isLetterOrDigit(norm.charAt(0));
      }
      if (suffix) {
        return norm.length() > text.length() + 1 && norm.endsWith(text);
      }
      return prefix ? norm.startsWith(text) : norm.equals(text);
    }
  }

  record Choice(List<Element[]> alternatives, boolean optional, Map<String, int[]> byFirstWord, int[] others,
      char[] othersFirstChar, long firstCharMask) implements Element {
    /**
     * Indexes the alternatives that start with a plain word by that word, so that a list of many alternatives
     * tried at every position of a gap costs one look-up instead of one comparison an alternative.
     */
    Choice(List<Element[]> alternatives, boolean optional) {
      this(alternatives, optional, byFirstWord(alternatives), others(alternatives), null, firstCharMask(alternatives));
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

    Choice {
      if (othersFirstChar == null) {
        othersFirstChar = new char[others.length];
        for (int i = 0; i < others.length; i++) {
          othersFirstChar[i] = firstChar(alternatives.get(others[i]));
        }
      }
    }

    /** The first character a prefix-first alternative needs ("manag*": 'm'), or 0 when any will do. */
    private static char firstChar(Element[] alternative) {
      return alternative.length > 0 && alternative[0] instanceof Word word && word.prefix() && !word.text().isEmpty()
          ? word.text().charAt(0) : 0;
    }

    private static boolean startsWithPlainWord(Element[] alternative) {
      return alternative.length > 0 && alternative[0] instanceof Word word && !word.prefix() && !word.suffix();
    }

    private static Map<String, int[]> byFirstWord(List<Element[]> alternatives) {
      Map<String, List<Integer>> lists = new HashMap<>();
      for (int i = 0; i < alternatives.size(); i++) {
        if (startsWithPlainWord(alternatives.get(i))) {
          lists.computeIfAbsent(((Word) alternatives.get(i)[0]).text(), k -> new ArrayList<>()).add(i);
        }
      }
      Map<String, int[]> index = new HashMap<>();
      lists.forEach((word, list) -> index.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
      return Map.copyOf(index);
    }

    private static int[] others(List<Element[]> alternatives) {
      return IntStream.range(0, alternatives.size()).filter(i -> !startsWithPlainWord(alternatives.get(i))).toArray();
    }
  }

  record Gap(int max) implements Element {}

  /** What is left to match after a choice: the rest of the enclosing sequence, then its own continuation. */
  private record Continuation(Element[] sequence, int next, Continuation outer) {}

  private final String label;
  private final String source;
  private final Element[] elements;
  private final Set<String> firstWords;

  PhrasePattern(String label, String source, Element[] elements) {
    this.label = label;
    this.source = source;
    this.elements = elements;
    this.firstWords = firstWords(elements);
  }

  /** The rule as written in its data file. */
  public String source() {
    return source;
  }

  /** The rule's label ("disguised: i am ~4 perfectionist*" has label "disguised"), or "" without one. */
  public String label() {
    return label;
  }

  /** The words a match can start with, or null when that is open (a prefix, a wildcard or an optional start). */
  Set<String> firstWords() {
    return firstWords;
  }

  /**
   * What the first token of a match can be: one of the exact words, a word with one of the prefixes or suffixes,
   * any word ({@code *}), or anything at all ({@code open}: a gap can come first, or the rule can match nothing).
   */
  record First(Set<String> exact, Set<String> prefixes, Set<String> suffixes, boolean anyWord, boolean open) {}

  First first() {
    Set<String> exact = new HashSet<>();
    Set<String> prefixes = new HashSet<>();
    Set<String> suffixes = new HashSet<>();
    boolean[] flags = new boolean[2]; // any word, open
    if (collectFirst(elements, exact, prefixes, suffixes, flags)) {
      flags[1] = true;
    }
    return new First(Set.copyOf(exact), Set.copyOf(prefixes), Set.copyOf(suffixes), flags[0], flags[1]);
  }

  /** Adds what can stand first in the sequence; true if the whole sequence can match no token. */
  private static boolean collectFirst(Element[] sequence, Set<String> exact, Set<String> prefixes,
      Set<String> suffixes, boolean[] flags) {
    for (Element element : sequence) {
      if (element instanceof Word word) {
        if (word == Word.ANY) {
          flags[0] = true;
        } else if (word.text().isEmpty()) {
          flags[1] = true;
        } else if (word.suffix()) {
          suffixes.add(word.text());
        } else if (word.prefix()) {
          prefixes.add(word.text());
        } else {
          exact.add(word.text());
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
        empty |= collectFirst(alternative, exact, prefixes, suffixes, flags);
      }
      if (!empty) {
        return false;
      }
    }
    return true;
  }

  /**
   * Words (exact, or prefixes) of which the sentence must contain at least one for the rule to match there: those
   * of its most selective required element, or null when no element qualifies.
   */
  Set<Word> anchors() {
    Set<Word> best = null;
    for (int i = 0; i < elements.length; i++) {
      Set<Word> words = requiredWords(elements[i]);
      if (words != null && (best == null || words.size() < best.size())) {
        best = words;
      }
    }
    return best;
  }

  /** The words (exact or prefixes) one of which a required element's match starts with, or null. */
  private static Set<Word> requiredWords(Element element) {
    if (element instanceof Word word) {
      return word.suffix() || word.text().isEmpty() ? null : Set.of(word);
    }
    if (!(element instanceof Choice choice) || choice.optional()) {
      return null;
    }
    Set<Word> words = new HashSet<>();
    for (Element[] alternative : choice.alternatives()) {
      Set<Word> sub = alternative.length == 0 ? null : requiredWords(alternative[0]);
      if (sub == null) {
        return null;
      }
      words.addAll(sub);
    }
    return words;
  }

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
      return pos < limit && word.accepts(tokens.get(pos).norm())
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
    // The alternatives that can match here, in their written order: those starting with this token's word, and
    // those not starting with a plain word.
    String norm = pos < limit ? tokens.get(pos).norm() : "";
    long mask = choice.firstCharMask();
    if (mask != -1L && (norm.isEmpty() || (mask & charBit(norm.charAt(0))) == 0)) {
      // every alternative starts with a word, and none with this token's first character
      return choice.optional() ? match(sequence, index + 1, rest, tokens, pos, limit, lastMatched) : -1;
    }
    int[] same = pos < limit ? choice.byFirstWord().get(norm) : null;
    int[] others = choice.others();
    char[] othersFirstChar = choice.othersFirstChar();
    char first = norm.isEmpty() ? 0 : norm.charAt(0);
    int a = 0;
    int b = 0;
    int sameCount = same == null ? 0 : same.length;
    while (a < sameCount || b < others.length) {
      boolean fromSame = b >= others.length || (a < sameCount && same[a] < others[b]);
      if (!fromSame && othersFirstChar[b] != 0 && othersFirstChar[b] != first) {
        b++; // a prefix alternative that cannot match this token
        continue;
      }
      int next = fromSame ? same[a++] : others[b++];
      int end = match(choice.alternatives().get(next), 0, after, tokens, pos, limit, lastMatched);
      if (end >= 0) {
        return end;
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

  private static Set<String> firstWords(Element[] sequence) {
    if (sequence.length == 0) {
      return null;
    }
    Element first = sequence[0];
    if (first instanceof Word word) {
      return word.prefix() || word.suffix() ? null : Set.of(word.text());
    }
    if (first instanceof Choice choice && !choice.optional()) {
      Set<String> words = new HashSet<>();
      for (Element[] alternative : choice.alternatives()) {
        Set<String> sub = firstWords(alternative);
        if (sub == null) {
          return null;
        }
        words.addAll(sub);
      }
      return words;
    }
    return null;
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
