package io.ziar.nlp.pipeline;

/** The pipeline will not analyse this input; {@link #reason()} says why in a word, the message in a sentence. */
public final class RejectedTextException extends IllegalArgumentException {

    public enum Reason { EMPTY, TOO_LONG, BINARY }

    private final Reason reason;

    public RejectedTextException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
