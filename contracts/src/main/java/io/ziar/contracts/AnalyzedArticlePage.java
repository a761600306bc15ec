package io.ziar.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * One page of the analysed articles ingest-service stores, in id order (its internal endpoint
 * {@code GET /internal/v1/analyzed-articles?after=&limit=}, which search-service rebuilds an index
 * from: PostgreSQL is the source of truth of a reindex); {@code next} is the {@code after} of the
 * following page, null on the last.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnalyzedArticlePage(List<StoredArticle> articles, String next) {

    public AnalyzedArticlePage {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }
}
