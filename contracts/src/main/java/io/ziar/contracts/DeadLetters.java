package io.ziar.contracts;

/** Records of the dead-letter topics (articles.raw.dlq, articles.analyzed.dlq). */
public final class DeadLetters {

    /** The header a dead-letter record carries its reason in (SmallRye's dead-letter queue writes the same). */
    public static final String REASON_HEADER = "dead-letter-reason";

    private DeadLetters() {
    }
}
