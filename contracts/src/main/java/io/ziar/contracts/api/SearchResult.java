package io.ziar.contracts.api;

import io.ziar.contracts.PageKind;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of results. {@code title} and {@code snippet} are safe HTML: matches in {@code <mark>},
 * everything else escaped. {@code totalIsExact} is false once there are more than 10,000 hits.
 */
public record SearchResult(long total, boolean totalIsExact, List<Hit> hits, Map<String, List<FacetValue>> facets, String next) {

    /**
     * {@code storySize}: with collapse=story, how many matching articles the hit's story has; else null.
     * {@code storyId}: the near-duplicate story the article belongs to (search {@code story:<id>} for all of it).
     * {@code pageKind}: what kind of page it is (ARTICLE for pages indexed before page kinds existed).
     */
    public record Hit(String id, String title, String snippet, String source, String language, Instant publishedAt, Double score,
                      Integer storySize, String storyId, PageKind pageKind) {
    }

    public record FacetValue(String value, long count) {
    }
}
