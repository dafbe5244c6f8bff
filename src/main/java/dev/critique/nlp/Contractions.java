package dev.critique.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Expands contractions from {@code lexicon/contractions.txt}: "don't" becomes ["do", "not"]. */
final class Contractions {
  private record SuffixRule(String suffix, List<String> expansion, Set<String> onlyAfter) {}

  private final Map<String, List<String>> words = new HashMap<>();
  private final List<SuffixRule> suffixes = new ArrayList<>();

  Contractions(List<String> lines) {
    for (String line : lines) {
      String[] sides = line.split("=", 2);
      if (sides.length != 2) {
        throw new IllegalArgumentException("contraction line needs 'form = expansion': " + line);
      }
      String form = sides[0].strip();
      String[] rule = sides[1].split("\\|", 2);
      List<String> expansion = List.of(rule[0].strip().split("\\s+"));
      if (form.startsWith("-")) {
        if (form.indexOf('\'') < 0) {
          throw new IllegalArgumentException("a suffix contraction needs its apostrophe: " + line);
        }
        Set<String> after = rule.length == 2 ? Set.of(rule[1].replace("after:", "").strip().split("\\s+")) : Set.of();
        suffixes.add(new SuffixRule(form.substring(1), expansion, after));
      } else {
        words.put(form, expansion);
      }
    }
  }

  /** The expansion of a lower-case word with straight apostrophes, or the word itself. */
  List<String> expand(String word) {
    List<String> whole = words.get(word);
    if (whole != null) {
      return whole;
    }
    if (word.indexOf('\'') < 0) {
      return List.of(word); // every suffix form has an apostrophe (checked on load)
    }
    for (SuffixRule rule : suffixes) {
      if (word.length() > rule.suffix.length() && word.endsWith(rule.suffix)) {
        String stem = word.substring(0, word.length() - rule.suffix.length());
        if (rule.onlyAfter.isEmpty() || rule.onlyAfter.contains(stem)) {
          List<String> out = new ArrayList<>(1 + rule.expansion.size());
          out.add(stem);
          out.addAll(rule.expansion);
          return out;
        }
      }
    }
    return List.of(word);
  }
}
