package io.ziar.nlp.pipeline.tokens;

/** A token of the analysed text: its characters and where they are (end exclusive). */
public record Token(String text, int start, int end) {
}
