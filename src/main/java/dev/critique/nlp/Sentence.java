package dev.critique.nlp;

/** A sentence as a token range [{@code from}, {@code to}) of {@link AnalyzedText#tokens()}. */
public record Sentence(int from, int to, int start, int end) {}
