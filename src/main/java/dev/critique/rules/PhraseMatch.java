package dev.critique.rules;

/** Where a phrase rule matched: token indexes {@code first}..{@code last} inclusive, and the rule that did. */
public record PhraseMatch(int first, int last, PhrasePattern pattern) {

  public boolean overlaps(PhraseMatch other) {
    return first <= other.last && other.first <= last;
  }
}
