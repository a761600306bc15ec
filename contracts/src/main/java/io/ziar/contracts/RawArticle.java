package io.ziar.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * An accepted article as the ingest service stored it; published on {@link Topics#RAW}.
 * Exactly one of {@code html} and {@code text} is set.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RawArticle(
        String id,
        int version,
        String url,
        String source,
        String html,
        String text,
        String language,
        Instant publishedAt,
        Instant receivedAt) {
}
