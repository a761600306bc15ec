package io.ziar.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An article as reindex reads it from ingest-service: the analysis nlp-service published and the
 * near-duplicate story search-service last put it in (null until it was indexed), which a new index
 * keeps.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredArticle(AnalyzedArticle analysis, String storyId) {
}
