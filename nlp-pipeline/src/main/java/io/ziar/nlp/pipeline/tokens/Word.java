package io.ziar.nlp.pipeline.tokens;

/** A token with its dictionary form. */
public record Word(String text, int start, int end, String lemma) {
}
