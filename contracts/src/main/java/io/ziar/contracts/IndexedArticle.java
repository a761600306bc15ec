package io.ziar.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * Confirms that an article version is searchable; published on {@link Topics#INDEXED}.
 * {@code storyId} is the near-duplicate story search-service put the article in (its own id when it
 * has no near-duplicate); null in records written before stories were assigned, and readers keep
 * what they knew then.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IndexedArticle(String id, int version, Instant indexedAt, String storyId) {

    public IndexedArticle(String id, int version, Instant indexedAt) {
        this(id, version, indexedAt, null);
    }
}
