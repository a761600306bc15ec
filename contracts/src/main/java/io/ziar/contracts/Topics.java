package io.ziar.contracts;

/** Kafka topic names. Every topic is keyed by article id, so one article's events stay in order. */
public final class Topics {
    public static final String RAW = "articles.raw";
    public static final String ANALYZED = "articles.analyzed";
    public static final String INDEXED = "articles.indexed";

    private Topics() {
    }
}
