package dev.critique.nlp;

import java.util.List;

/** The original text with its sentences and normalised tokens. Immutable; built by {@link TextPipeline}. */
public record AnalyzedText(String text, List<Sentence> sentences, List<Token> tokens) {

  public Sentence sentenceOf(int tokenIndex) {
    return sentences.get(tokens.get(tokenIndex).sentence());
  }

  /** The original characters from the first token's start to the last token's end (inclusive indexes). */
  public String covered(int firstToken, int lastToken) {
    return text.substring(tokens.get(firstToken).start(), tokens.get(lastToken).end());
  }
}
