package dev.critique.rules;

import dev.critique.nlp.AnalyzedText;
import dev.critique.nlp.DataFile;
import dev.critique.nlp.Sentence;
import dev.critique.nlp.Token;
import dev.critique.nlp.Vocabulary;
import dev.critique.rules.PhrasePattern.Choice;
import dev.critique.rules.PhrasePattern.Element;
import dev.critique.rules.PhrasePattern.Gap;
import dev.critique.rules.PhrasePattern.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
  // compiled once, not per line: start-up time counts
  private static final Pattern LIST_DEFINITION = Pattern.compile("@[a-z0-9-]+\\s*=.*");
  private static final Pattern SEPARATOR = Pattern.compile("\\s\\|\\s");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern GAP = Pattern.compile("~\\d{1,2}");
  private static final Pattern LABEL = Pattern.compile("[a-z-]+");
  /** The lists of common.txt, compiled once for every rule file (compiled lists are never changed). */
  private static final Map<String, List<Element[]>> COMMON_LISTS = compileCommon();

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
    Map<String, List<Element[]>> lists = new LinkedHashMap<>(COMMON_LISTS);
    RuleSet rules = new RuleSet(name);
    String file = "lexicon/" + name + ".txt";
    rules.compile(file, DataFile.lines(file), lists);
    rules.lists = Map.copyOf(lists);
    rules.starts = rules.index();
    return rules;
  }

  private static Map<String, List<Element[]>> compileCommon() {
    Map<String, List<Element[]>> lists = new LinkedHashMap<>();
    RuleSet common = new RuleSet("common");
    common.compile(COMMON, DataFile.lines(COMMON), lists);
    if (!common.patterns.isEmpty()) {
      throw new IllegalArgumentException(COMMON + " holds lists only, not rules: " + common.patterns.get(0));
    }
    return lists;
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
    List<Token> tokens = text.knowing(starts.vocabularySize).tokens();
    List<PhraseMatch> found = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      findIn(tokens, sentence.from(), sentence.to(), found);
    }
    return found;
  }

  private void findIn(List<Token> tokens, int from, int to, List<PhraseMatch> found) {
    long[] active = starts.activeIn(tokens, from, to);
    if (isEmpty(active)) {
      return; // the usual case: no rule has all its required words in this sentence
    }
    long[] candidates = new long[active.length];
    for (int start = from; start < to; start++) {
      starts.candidates(tokens.get(start), active, candidates);
      PhraseMatch best = null;
      for (int chunk = 0; chunk < candidates.length; chunk++) {
        for (long bits = candidates[chunk]; bits != 0; bits &= bits - 1) {
          PhrasePattern pattern = starts.ordered[chunk * 64 + Long.numberOfTrailingZeros(bits)];
          int last = pattern.matchFrom(tokens, start, to);
          if (last >= start && (best == null || last > best.last())) {
            best = new PhraseMatch(start, last, pattern);
          }
        }
      }
      if (best != null) {
        found.add(best);
        start = best.last();
      }
    }
  }

  private static boolean isEmpty(long[] mask) {
    for (long chunk : mask) {
      if (chunk != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Patterns by what their first token can be, and by the words their sentence must hold, both kept by the
   * words' {@link Vocabulary} numbers, so that a token costs array look-ups and no string work. Ties between
   * equally long matches go to patterns with a fixed first word in file order, then the others in file order.
   */
  private StartIndex index() {
    List<PhrasePattern> ordered = new ArrayList<>();
    patterns.stream().filter(PhrasePattern::fixedStart).forEach(ordered::add);
    patterns.stream().filter(p -> !p.fixedStart()).forEach(ordered::add);
    return new StartIndex(ordered.toArray(PhrasePattern[]::new), Vocabulary.size());
  }

  /**
   * Which patterns to try at a token, as bit masks over the ordered patterns. A pattern is tried where its first
   * element can match, and only in sentences that hold a word of each of its
   * {@link PhrasePattern#requirements() requirements}: most patterns drop out before any matching, because few
   * sentences contain all the words a pattern spells.
   */
  private static final class StartIndex {
    final PhrasePattern[] ordered;
    /** Every word number this rule set can use is below it: texts looked up in a smaller vocabulary are stale. */
    final int vocabularySize;
    /** Patterns by a word (number) their first token can be; null for most words, which no pattern starts with. */
    final long[][] startingWith;
    final long[] startingWithAnyWord;
    final long[] startingAnywhere;
    /**
     * Patterns with no requirement; the requirements (numbered) each word meets; each pattern's requirements, most
     * selective first; and by requirement, the patterns whose most selective one it is, which are checked in full
     * only when it is met (a common word such as "i" meets many requirements but triggers few patterns).
     */
    final long[] unconditional;
    final long[][] requirementsMetBy;
    final int[][] requirementsOf;
    final int[][] triggering;

    StartIndex(PhrasePattern[] ordered, int vocabularySize) {
      this.ordered = ordered;
      this.vocabularySize = vocabularySize;
      int chunks = (ordered.length + 63) / 64;
      this.startingWith = new long[vocabularySize][];
      this.startingWithAnyWord = new long[chunks];
      this.startingAnywhere = new long[chunks];
      this.unconditional = new long[chunks];
      this.requirementsOf = new int[ordered.length][];
      Map<Set<Word>, Integer> requirements = new LinkedHashMap<>();
      Map<Integer, List<Integer>> triggers = new HashMap<>();
      for (int rank = 0; rank < ordered.length; rank++) {
        PhrasePattern.First first = ordered[rank].first();
        for (Word word : first.words()) {
          if (startingWith[word.number()] == null) {
            startingWith[word.number()] = new long[chunks];
          }
          set(startingWith[word.number()], rank);
        }
        if (first.open()) {
          set(startingAnywhere, rank);
        } else if (first.anyWord()) {
          set(startingWithAnyWord, rank);
        }
        requirementsOf[rank] = ordered[rank].requirements().stream()
            .mapToInt(words -> requirements.computeIfAbsent(words, k -> requirements.size())).toArray();
        if (requirementsOf[rank].length == 0) {
          set(unconditional, rank);
        } else {
          triggers.computeIfAbsent(requirementsOf[rank][0], k -> new ArrayList<>()).add(rank);
        }
      }
      this.triggering = new int[requirements.size()][];
      triggers.forEach((requirement, ranks) ->
          triggering[requirement] = ranks.stream().mapToInt(Integer::intValue).toArray());
      this.requirementsMetBy = new long[vocabularySize][];
      requirements.forEach((words, requirement) -> {
        for (Word word : words) {
          if (requirementsMetBy[word.number()] == null) {
            requirementsMetBy[word.number()] = new long[(requirements.size() + 63) / 64];
          }
          set(requirementsMetBy[word.number()], requirement);
        }
      });
    }

    /** False for -1 (a word no rule spells) and for numbers given out after this rule set compiled. */
    private boolean knows(int number) {
      return number >= 0 && number < vocabularySize;
    }

    private static void set(long[] mask, int rank) {
      mask[rank >>> 6] |= 1L << rank;
    }

    /** The patterns whose requirements the sentence all meets. */
    long[] activeIn(List<Token> tokens, int from, int to) {
      long[] met = new long[(triggering.length + 63) / 64];
      for (int i = from; i < to; i++) {
        Vocabulary.Entry known = tokens.get(i).known();
        meet(known.word(), met);
        for (int affix : known.affixes()) {
          meet(affix, met);
        }
      }
      long[] active = unconditional.clone();
      for (int chunk = 0; chunk < met.length; chunk++) {
        for (long bits = met[chunk]; bits != 0; bits &= bits - 1) {
          int[] triggered = triggering[chunk * 64 + Long.numberOfTrailingZeros(bits)];
          if (triggered != null) {
            for (int rank : triggered) {
              if (meetsAll(requirementsOf[rank], met)) {
                set(active, rank);
              }
            }
          }
        }
      }
      return active;
    }

    private void meet(int number, long[] met) {
      if (knows(number) && requirementsMetBy[number] != null) {
        for (int chunk = 0; chunk < met.length; chunk++) {
          met[chunk] |= requirementsMetBy[number][chunk];
        }
      }
    }

    private static boolean meetsAll(int[] requirements, long[] met) {
      for (int requirement : requirements) {
        if ((met[requirement >>> 6] & (1L << requirement)) == 0) {
          return false;
        }
      }
      return true;
    }

    /** The active patterns that can start at this token (the matcher decides whether they do). */
    void candidates(Token token, long[] active, long[] into) {
      Vocabulary.Entry known = token.known();
      long[] word = startingWith(known.word());
      boolean isWord = token.isWord();
      for (int chunk = 0; chunk < into.length; chunk++) {
        long starting = startingAnywhere[chunk] | (isWord ? startingWithAnyWord[chunk] : 0L)
            | (word != null ? word[chunk] : 0L);
        for (int affix : known.affixes()) {
          long[] withAffix = startingWith(affix);
          starting |= withAffix != null ? withAffix[chunk] : 0L;
        }
        into[chunk] = starting & active[chunk];
      }
    }

    private long[] startingWith(int number) {
      return knows(number) ? startingWith[number] : null;
    }
  }

  private void compile(String file, List<String> lines, Map<String, List<Element[]>> lists) {
    String openList = null;
    for (String line : lines) {
      try {
        if (LIST_DEFINITION.matcher(line).matches()) {
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
          for (String rule : SEPARATOR.split(line)) { // "a b | c d" on one line: two rules
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
    if (colon > 0 && LABEL.matcher(rule.substring(0, colon)).matches()) {
      label = rule.substring(0, colon);
      rule = rule.substring(colon + 2).strip();
    }
    PhrasePattern pattern = new PhrasePattern(label, rule, sequence(rule, lists));
    patterns.add(pattern);
  }

  private static void addAlternatives(List<Element[]> into, String text, Map<String, List<Element[]>> lists) {
    for (String alternative : SEPARATOR.split(" " + text + " ")) { // "a|b c | d": two alternatives
      if (!alternative.isBlank()) {
        into.add(sequence(alternative.strip(), lists));
      }
    }
  }

  private static Element[] sequence(String rule, Map<String, List<Element[]>> lists) {
    List<Element> elements = new ArrayList<>();
    for (String part : SPACES.split(rule)) {
      if (GAP.matcher(part).matches()) {
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
      return Word.of(word.substring(1), false, true);
    }
    return word.endsWith("*") ? Word.of(word.substring(0, word.length() - 1), true, false)
        : Word.of(word, false, false);
  }
}
