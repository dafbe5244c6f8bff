package dev.critique.nlp;

import java.util.List;

/**
 * The original text with its sentences and normalised tokens, looked up in a {@link Vocabulary} of
 * {@code vocabularySize} numbers. Immutable; built by {@link TextPipeline}.
 */
public record AnalyzedText(String text, List<Sentence> sentences, List<Token> tokens, int vocabularySize) {

  /** This text with its tokens looked up again if they were looked up before the vocabulary reached this size. */
  public AnalyzedText knowing(int size) {
    if (size <= vocabularySize) {
      return this;
    }
    Vocabulary.Snapshot vocabulary = Vocabulary.current();
    List<Token> relooked = tokens.stream().map(t -> new Token(t.norm(), t.start(), t.end(), t.sentence(), t.quoted(),
        vocabulary.lookup(t.norm()))).toList();
    return new AnalyzedText(text, sentences, relooked, vocabulary.size());
  }

  public Sentence sentenceOf(int tokenIndex) {
    return sentences.get(tokens.get(tokenIndex).sentence());
  }

  /** The original characters from the first token's start to the last token's end (inclusive indexes). */
  public String covered(int firstToken, int lastToken) {
    return text.substring(tokens.get(firstToken).start(), tokens.get(lastToken).end());
  }
}
