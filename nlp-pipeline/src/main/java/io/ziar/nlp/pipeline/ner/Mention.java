package io.ziar.nlp.pipeline.ner;

/** A labelled span of text (RONEC v2 label), character offsets, end exclusive. */
public record Mention(int start, int end, String label) {
}
