package dev.critique.rules;

import dev.critique.nlp.AnalyzedText;
import dev.critique.nlp.DataFile;
import dev.critique.nlp.Sentence;
import dev.critique.nlp.Token;
import dev.critique.rules.PhrasePattern.Choice;
import dev.critique.rules.PhrasePattern.Element;
import dev.critique.rules.PhrasePattern.Gap;
import dev.critique.rules.PhrasePattern.Word;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Phrase rules compiled once from a data file, in the manner of Vale: a malformed rule fails start-up, not a
 * request. File syntax, one statement a line ('#' comments):
 * <pre>
 *   @name = some words | other* words | @another-list     a named list of alternatives
 *         | more alternatives                              (a line starting with '|' continues the list)
 *   @self ~2 never @fail-verb                              a rule: elements separated by spaces
 *   made a mistake | dropped the ball                      two rules on one line
 *   disguised: i am ~4 perfectionist*                      a labelled rule, for the detector to tell apart
 * </pre>
 * Rule elements: {@code word}, {@code a|b|c}, {@code pre*} (any word starting "pre"), {@code *ing} (any word
 * ending "ing"), {@code @list},
 * any of those followed by {@code ?} (optional), {@code *} (any one word) and {@code ~N} (skip up to N tokens).
 * A list's alternatives are sequences of the same elements, so a list can hold gaps and other lists.
 * Words are written lower case with contractions expanded ("do not", "i am"), as the pipeline normalises text.
 * Lists from {@code lexicon/common.txt} are visible in every file.
 */
public final class RuleSet {
  private static final String COMMON = "lexicon/common.txt";

  private final String name;
  private final List<PhrasePattern> patterns = new ArrayList<>();
  private Map<String, List<Element[]>> lists = Map.of();
  /** Built after compiling: which patterns can start at a token, so most starts try none. See {@link #index()}. */
  private StartIndex starts;

  private RuleSet(String name) {
    this.name = name;
  }

  /** Compiles {@code lexicon/<name>.txt}; throws IllegalArgumentException naming the file and line on a bad rule. */
  public static RuleSet load(String name) {
    Map<String, List<Element[]>> lists = new LinkedHashMap<>();
    new RuleSet("common").compile(COMMON, DataFile.lines(COMMON), lists);
    RuleSet rules = new RuleSet(name);
    String file = "lexicon/" + name + ".txt";
    rules.compile(file, DataFile.lines(file), lists);
    rules.lists = Map.copyOf(lists);
    rules.starts = rules.index();
    return rules;
  }

  public String name() {
    return name;
  }

  public List<PhrasePattern> patterns() {
    return patterns;
  }

  /** The words of a list whose alternatives are single plain words, for look-ups outside rules. */
  public Set<String> words(String list) {
    Set<String> words = new HashSet<>();
    for (Element[] alternative : list(list, lists)) {
      if (alternative.length != 1 || !(alternative[0] instanceof Word word) || word.prefix()) {
        throw new IllegalArgumentException(name + ": list @" + list + " must hold single plain words");
      }
      words.add(word.text());
    }
    return Set.copyOf(words);
  }

  /** Non-overlapping matches in text order; at each start the longest match wins. */
  public List<PhraseMatch> find(AnalyzedText text) {
    List<PhraseMatch> found = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      findIn(text.tokens(), sentence.from(), sentence.to(), found);
    }
    return found;
  }

  private void findIn(List<Token> tokens, int from, int to, List<PhraseMatch> found) {
    BitSet candidates = new BitSet(starts.ordered.length);
    BitSet active = starts.activeIn(tokens, from, to);
    for (int start = from; start < to; start++) {
      starts.candidates(tokens.get(start).norm(), candidates);
      candidates.and(active);
      PhraseMatch best = null;
      for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
        PhrasePattern pattern = starts.ordered[i];
        int last = pattern.matchFrom(tokens, start, to);
        if (last >= start && (best == null || last > best.last())) {
          best = new PhraseMatch(start, last, pattern);
        }
      }
      if (best != null) {
        found.add(best);
        start = best.last();
      }
    }
  }

  /**
   * Patterns by what their first token can be. Trying every pattern that starts with a list of prefixes
   * ("manager*") or an optional word at every token cost about a microsecond a pattern a token; the index
   * looks the token up instead. Ties between equally long matches still go to the same pattern as before:
   * patterns with a fixed first word in file order, then the others in file order.
   */
  private StartIndex index() {
    List<PhrasePattern> ordered = new ArrayList<>();
    patterns.stream().filter(p -> p.firstWords() != null).forEach(ordered::add);
    patterns.stream().filter(p -> p.firstWords() == null).forEach(ordered::add);
    StartIndex index = new StartIndex(ordered.toArray(PhrasePattern[]::new));
    for (int rank = 0; rank < index.ordered.length; rank++) {
      PhrasePattern pattern = index.ordered[rank];
      Set<PhrasePattern.Word> anchors = pattern.anchors();
      if (anchors == null) {
        index.unanchored.set(rank);
      } else {
        for (PhrasePattern.Word word : anchors) {
          if (word.prefix()) {
            index.anchorPrefixes.add(word.text(), rank);
          } else {
            index.anchors.computeIfAbsent(word.text(), k -> new BitSet()).set(rank);
          }
        }
      }
      if (pattern.firstWords() != null) {
        for (String word : pattern.firstWords()) {
          index.exact.computeIfAbsent(word, k -> new BitSet()).set(rank);
        }
        continue;
      }
      PhrasePattern.First first = pattern.first();
      if (first.open()) {
        index.always.set(rank);
        continue;
      }
      for (String word : first.exact()) {
        index.exact.computeIfAbsent(word, k -> new BitSet()).set(rank);
      }
      for (String prefix : first.prefixes()) {
        index.prefixes.add(prefix, rank);
      }
      for (String suffix : first.suffixes()) {
        index.suffixes.add(suffix, rank);
      }
      if (first.anyWord()) {
        index.anyWord.set(rank);
      }
    }
    return index;
  }

  private static final class StartIndex {
    final PhrasePattern[] ordered;
    final Map<String, BitSet> exact = new HashMap<>();
    final Affixes prefixes = new Affixes(true);
    final Affixes suffixes = new Affixes(false);
    final BitSet anyWord = new BitSet();
    final BitSet always = new BitSet();
    /** Rules by a word their sentence must contain (see {@link PhrasePattern#anchors()}), and those without. */
    final Map<String, BitSet> anchors = new HashMap<>();
    final Affixes anchorPrefixes = new Affixes(true);
    final BitSet unanchored = new BitSet();

    StartIndex(PhrasePattern[] ordered) {
      this.ordered = ordered;
    }

    /** The rules whose required words all occur in the sentence: most rules drop out before any matching. */
    BitSet activeIn(List<Token> tokens, int from, int to) {
      BitSet active = (BitSet) unanchored.clone();
      for (int i = from; i < to; i++) {
        String norm = tokens.get(i).norm();
        or(anchors.get(norm), active);
        anchorPrefixes.or(norm, active);
      }
      return active;
    }

    /** A superset of the patterns that can match from a token with this norm (the matcher decides). */
    void candidates(String norm, BitSet into) {
      into.clear();
      into.or(always);
      or(exact.get(norm), into);
      prefixes.or(norm, into);
      suffixes.or(norm, into);
      if (Character.isLetterOrDigit(norm.charAt(0))) {
        into.or(anyWord);
      }
    }

    private static void or(BitSet set, BitSet into) {
      if (set != null) {
        into.or(set);
      }
    }
  }

  /**
   * Rule sets by word prefix (or suffix), bucketed by the first (or last) character, so a token is compared only
   * with the affixes that share that character and no substring is made.
   */
  private static final class Affixes {
    private final boolean prefix;
    private final Map<Character, List<String>> affixes = new HashMap<>();
    private final Map<String, BitSet> rules = new HashMap<>();

    Affixes(boolean prefix) {
      this.prefix = prefix;
    }

    void add(String affix, int rank) {
      BitSet set = rules.computeIfAbsent(affix, k -> new BitSet());
      if (set.isEmpty()) {
        affixes.computeIfAbsent(key(affix), k -> new ArrayList<>()).add(affix);
      }
      set.set(rank);
    }

    void or(String norm, BitSet into) {
      List<String> candidates = affixes.get(key(norm));
      if (candidates != null) {
        for (String affix : candidates) {
          if (prefix ? norm.startsWith(affix) : norm.endsWith(affix)) {
            into.or(rules.get(affix));
          }
        }
      }
    }

    private char key(String text) {
      return prefix ? text.charAt(0) : text.charAt(text.length() - 1);
    }
  }

  private void compile(String file, List<String> lines, Map<String, List<Element[]>> lists) {
    String openList = null;
    for (String line : lines) {
      try {
        if (line.matches("@[a-z0-9-]+\\s*=.*")) {
          String[] sides = line.split("=", 2);
          openList = sides[0].strip().substring(1);
          if (lists.containsKey(openList)) {
            throw new IllegalArgumentException("list @" + openList + " is already defined");
          }
          lists.put(openList, new ArrayList<>());
          addAlternatives(lists.get(openList), sides[1], lists);
        } else if (line.startsWith("|")) {
          if (openList == null) {
            throw new IllegalArgumentException("'|' continues a list, but no list is open");
          }
          addAlternatives(lists.get(openList), line.substring(1), lists);
        } else {
          openList = null;
          for (String rule : line.split("\\s\\|\\s")) { // "a b | c d" on one line: two rules
            addPattern(rule.strip(), lists);
          }
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": " + e.getMessage() + " in: " + line, e);
      }
    }
  }

  private void addPattern(String rule, Map<String, List<Element[]>> lists) {
    String label = "";
    int colon = rule.indexOf(": ");
    if (colon > 0 && rule.substring(0, colon).matches("[a-z-]+")) {
      label = rule.substring(0, colon);
      rule = rule.substring(colon + 2).strip();
    }
    PhrasePattern pattern = new PhrasePattern(label, rule, sequence(rule, lists));
    patterns.add(pattern);
  }

  private static void addAlternatives(List<Element[]> into, String text, Map<String, List<Element[]>> lists) {
    for (String alternative : (" " + text + " ").split("\\s\\|\\s")) { // "a|b c | d": two alternatives
      if (!alternative.isBlank()) {
        into.add(sequence(alternative.strip(), lists));
      }
    }
  }

  private static Element[] sequence(String rule, Map<String, List<Element[]>> lists) {
    List<Element> elements = new ArrayList<>();
    for (String part : rule.split("\\s+")) {
      if (part.matches("~\\d{1,2}")) {
        elements.add(new Gap(Integer.parseInt(part.substring(1))));
        continue;
      }
      boolean optional = part.endsWith("?") && part.length() > 1;
      String body = optional ? part.substring(0, part.length() - 1) : part;
      if (!optional && !body.contains("|") && !body.startsWith("@")) {
        elements.add(word(body));
        continue;
      }
      List<Element[]> alternatives = new ArrayList<>();
      for (String alternative : body.split("\\|")) {
        if (alternative.startsWith("@")) {
          alternatives.addAll(list(alternative.substring(1), lists));
        } else {
          alternatives.add(new Element[] {word(alternative)});
        }
      }
      elements.add(new Choice(List.copyOf(alternatives), optional));
    }
    if (elements.get(0) instanceof Gap || elements.get(elements.size() - 1) instanceof Gap) {
      throw new IllegalArgumentException("a rule cannot start or end with a gap");
    }
    if (elements.stream().allMatch(e -> e instanceof Choice c && c.optional())) {
      throw new IllegalArgumentException("a rule needs at least one element that is not optional");
    }
    return elements.toArray(Element[]::new);
  }

  private static List<Element[]> list(String name, Map<String, List<Element[]>> lists) {
    List<Element[]> list = lists.get(name);
    if (list == null) {
      throw new IllegalArgumentException("unknown list @" + name + " (define it above its first use)");
    }
    return list;
  }

  private static Word word(String word) {
    if (word.equals("*")) {
      return Word.ANY;
    }
    if (word.isEmpty() || word.indexOf('\'') >= 0 || word.indexOf('\u2019') >= 0 || word.contains("~")) {
      throw new IllegalArgumentException("bad word '" + word + "' (write contractions expanded: 'do not')");
    }
    if (!word.equals(word.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("write words in lower case: '" + word + "'");
    }
    if (word.startsWith("*")) {
      return new Word(word.substring(1), false, true);
    }
    return word.endsWith("*") ? new Word(word.substring(0, word.length() - 1), true, false)
        : new Word(word, false, false);
  }
}
