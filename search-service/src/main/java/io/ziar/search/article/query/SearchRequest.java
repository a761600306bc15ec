package io.ziar.search.article.query;

import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.PageKind;
import io.ziar.contracts.api.SearchParameters;
import io.ziar.search.article.config.SearchConfig;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import static io.ziar.commons.input.Inputs.blankToNull;
import static io.ziar.commons.input.Inputs.instant;

/** A validated search: query text, filters, order, page, and the facet searched inside ({@code facetPrefix}),
 * and whether near-duplicates show as one hit per story. {@code kinds}: the page kinds kept, empty for all. */
public record SearchRequest(
        String query,
        String language,
        String source,
        String entity,
        Set<PageKind> kinds,
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

    /** The search asked for: each parameter read and checked, a problem naming the first one that is wrong. */
    public static SearchRequest from(SearchParameters parameters, SearchConfig config) {
        String cursor = parameters.cursor;
        return new SearchRequest(blankToNull(parameters.q), blankToNull(parameters.lang), blankToNull(parameters.source),
                blankToNull(parameters.entity), PageKinds.parse(parameters.kind), instant("from", parameters.from), instant("to", parameters.to),
                sort(parameters.sort), PageSize.of(parameters.size, config),
                blankToNull(cursor) == null ? null : Cursor.decode(cursor), facet(parameters.facet, parameters.facetPrefix),
                blankToNull(parameters.facetPrefix), collapse(parameters.collapse, cursor));
    }

    private static String facet(String facet, String facetPrefix) {
        String name = blankToNull(facet);
        if (name == null) {
            if (blankToNull(facetPrefix) != null) {
                throw ProblemException.invalid("facet", "'facetPrefix' needs 'facet', the facet to search inside");
            }
            return null;
        }
        if (!SearchQueryBuilder.TERM_FACETS.contains(name)) {
            throw ProblemException.invalid("facet", "'facet' must be one of " + String.join(", ", SearchQueryBuilder.TERM_FACETS));
        }
        return name;
    }

    /** Collapsed results are one page: OpenSearch pages them only in story id order. */
    private static boolean collapse(String collapse, String cursor) {
        if (collapse == null || collapse.isBlank()) {
            return false;
        }
        if (!"story".equals(collapse.strip())) {
            throw ProblemException.invalid("collapse", "'collapse' can only be 'story'");
        }
        if (blankToNull(cursor) != null) {
            throw ProblemException.invalid("cursor", "collapsed results have no next page; ask for a larger 'size'");
        }
        return true;
    }

    private static Sort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return Sort.RELEVANCE;
        }
        try {
            return Sort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("sort", "'sort' must be 'relevance' or 'newest'");
        }
    }
}

