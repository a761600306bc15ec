package io.ziar.search.article.service;

import java.time.Instant;

/** A validated search: query text, filters, order, page, and the facet searched inside ({@code facetPrefix}),
 * and whether near-duplicates show as one hit per story. */
public record SearchRequest(
        String query,
        String language,
        String source,
        String entity,
        Instant from,
        Instant to,
        Sort sort,
        int size,
        Cursor cursor,
        String facet,
        String facetPrefix,
        boolean collapseStories) {

    public enum Sort {
        RELEVANCE, NEWEST
    }
}
