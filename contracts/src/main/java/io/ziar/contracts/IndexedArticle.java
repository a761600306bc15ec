package io.ziar.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/** Confirms that an article version is searchable; published on {@link Topics#INDEXED}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IndexedArticle(String id, int version, Instant indexedAt) {
}
