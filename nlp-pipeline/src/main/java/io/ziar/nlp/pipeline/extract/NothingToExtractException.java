package io.ziar.nlp.pipeline.extract;

/** The input holds no article text: empty, binary, or a page without a body worth the name. */
public final class NothingToExtractException extends RuntimeException {

    public NothingToExtractException(String message) {
        super(message);
    }
}
