package io.ziar.nlp.pipeline.tokens;

import java.util.List;

/** A sentence of the analysed body: its span and its words with their lemmas. */
public record AnalyzedSentence(int start, int end, List<Word> words) {
}
