package dev.critique.nlp;

/**
 * One normalised word or punctuation mark. {@code norm} is lower case with contractions expanded
 * ("don’t" becomes the two tokens "do" and "not", both spanning the original "don’t"), so rules match one
 * spelling; {@code start}/{@code end} always point into the original answer (end exclusive). {@code known} is
 * what the rules' {@link Vocabulary} knows the norm as.
 */
public record Token(String norm, int start, int end, int sentence, boolean quoted, Vocabulary.Entry known) {

  public boolean isWord() {
    return known.isWord();
  }
}
