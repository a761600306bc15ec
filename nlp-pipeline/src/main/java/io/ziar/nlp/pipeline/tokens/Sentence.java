package io.ziar.nlp.pipeline.tokens;

import java.util.List;

/** A sentence: its character span in the text and its tokens. */
public record Sentence(int start, int end, List<Token> tokens) {
}
