package dev.critique.nlp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The words and word parts (prefixes such as {@code manag*}, suffixes such as {@code *ing}) that the phrase rules
 * spell, each numbered once for the whole service. The pipeline looks every token up here once, so the rule sets
 * compare numbers instead of hashing and comparing strings: one look-up a token per request instead of several a
 * token per rule set, which profiling showed to be most of a critique's cost.
 *
 * <p>Rule files add their words as they compile at start-up. A text remembers the size of the vocabulary its
 * tokens were looked up in ({@link AnalyzedText#knowing}), so a rule set compiled later looks them up again
 * rather than miss its own words.
 */
public final class Vocabulary {
  private static final Map<String, Integer> WORDS = new HashMap<>();
  private static final Map<String, Integer> PREFIXES = new HashMap<>();
  private static final Map<String, Integer> SUFFIXES = new HashMap<>();
  private static volatile Snapshot snapshot;

  private Vocabulary() {}

  /**
   * What a token is known as: the number of its word (-1 if no rule spells it), those of its affixes, and whether
   * it is a word at all (starts with a letter or digit), which rules ask at nearly every token.
   */
  public record Entry(int word, int[] affixes, boolean isWord) {
    private static final Entry UNKNOWN_WORD = new Entry(-1, new int[0], true);
    private static final Entry UNKNOWN_OTHER = new Entry(-1, new int[0], false);

    static Entry of(String norm, int word, int[] affixes) {
      boolean isWord = Character.isLetterOrDigit(norm.charAt(0));
      if (word < 0 && affixes.length == 0) {
        return isWord ? UNKNOWN_WORD : UNKNOWN_OTHER;
      }
      return new Entry(word, affixes, isWord);
    }

    public boolean has(int number) {
      if (number == word) {
        return true;
      }
      for (int affix : affixes) {
        if (affix == number) {
          return true;
        }
      }
      return false;
    }
  }

  /** The number of a whole word; the same word always gets the same number. */
  public static synchronized int word(String word) {
    return number(WORDS, word);
  }

  /** The number of a prefix: a token has it when the token starts with it (or is it). */
  public static synchronized int prefix(String prefix) {
    return number(PREFIXES, prefix);
  }

  /** The number of a suffix: a token has it when the token ends with it and is at least two characters longer. */
  public static synchronized int suffix(String suffix) {
    return number(SUFFIXES, suffix);
  }

  private static int number(Map<String, Integer> kind, String text) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("an empty word has no number");
    }
    Integer known = kind.get(text);
    if (known != null) {
      return known;
    }
    int number = size();
    kind.put(text, number);
    snapshot = null;
    return number;
  }

  /** How many numbers have been given out; every number is below it. */
  public static synchronized int size() {
    return WORDS.size() + PREFIXES.size() + SUFFIXES.size();
  }

  /** The vocabulary as it stands, to look tokens up in; rebuilt only after rules have added words. */
  public static Snapshot current() {
    Snapshot current = snapshot;
    return current != null ? current : rebuild();
  }

  private static synchronized Snapshot rebuild() {
    if (snapshot == null) {
      snapshot = new Snapshot(WORDS, new Trie(PREFIXES, false), new Trie(SUFFIXES, true));
    }
    return snapshot;
  }

  /** An immutable state of the vocabulary. Every entry for a word a rule spells is computed here, once. */
  public static final class Snapshot {
    private final int size;
    private final Map<String, Entry> words = new HashMap<>();
    private final Trie prefixes;
    private final Trie suffixes;

    private Snapshot(Map<String, Integer> words, Trie prefixes, Trie suffixes) {
      this.size = words.size() + prefixes.size + suffixes.size;
      this.prefixes = prefixes;
      this.suffixes = suffixes;
      words.forEach((word, number) -> this.words.put(word, Entry.of(word, number, affixes(word))));
    }

    /** How many numbers were given out when this snapshot was taken. */
    public int size() {
      return size;
    }

    public Entry lookup(String norm) {
      Entry entry = words.get(norm);
      if (entry != null) {
        return entry;
      }
      return Entry.of(norm, -1, affixes(norm));
    }

    private int[] affixes(String norm) {
      int[] starts = prefixes.find(norm);
      int[] ends = suffixes.find(norm);
      if (ends.length == 0) {
        return starts;
      }
      int[] both = Arrays.copyOf(starts, starts.length + ends.length);
      System.arraycopy(ends, 0, both, starts.length, ends.length);
      return both;
    }
  }

  /** Prefixes (or suffixes, read backwards) in a character tree, so a token finds all of its own in one walk. */
  private static final class Trie {
    private static final int[] NONE = new int[0];

    private final boolean backwards;
    private final int size;
    private final Node root;

    Trie(Map<String, Integer> affixes, boolean backwards) {
      this.backwards = backwards;
      this.size = affixes.size();
      Builder builder = new Builder();
      affixes.forEach((affix, number) -> {
        Builder node = builder;
        for (int i = 0; i < affix.length(); i++) {
          node = node.children.computeIfAbsent(affix.charAt(backwards ? affix.length() - 1 - i : i), c -> new Builder());
        }
        node.number = number;
      });
      this.root = builder.build();
    }

    /** The numbers of the affixes the token has, shortest first. */
    int[] find(String norm) {
      int[] found = NONE;
      Node node = root;
      // a suffix needs two more characters before it ("*ing" is not "ring"), so the walk stops short of them
      int length = backwards ? norm.length() - 2 : norm.length();
      for (int i = 0; i < length && node != null; i++) {
        node = node.child(norm.charAt(backwards ? norm.length() - 1 - i : i));
        if (node != null && node.number >= 0) {
          found = Arrays.copyOf(found, found.length + 1);
          found[found.length - 1] = node.number;
        }
      }
      return found;
    }

    private static final class Builder {
      final TreeMap<Character, Builder> children = new TreeMap<>();
      int number = -1;

      Node build() {
        if (children.isEmpty()) {
          return new Node((char) 0, new Node[0], number);
        }
        char first = children.firstKey();
        Node[] nodes = new Node[children.lastKey() - first + 1];
        children.forEach((c, child) -> nodes[c - first] = child.build());
        return new Node(first, nodes, number);
      }
    }

    /** A node's children by character, from {@code first} on: a look-up is one index. */
    private record Node(char first, Node[] children, int number) {
      Node child(char c) {
        int i = c - first;
        return i >= 0 && i < children.length ? children[i] : null;
      }
    }
  }
}
