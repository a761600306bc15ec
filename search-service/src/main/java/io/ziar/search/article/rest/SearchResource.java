package io.ziar.search.article.rest;

import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.ProblemException;
import io.ziar.search.article.config.SearchConfig;
import io.ziar.search.article.service.Cursor;
import io.ziar.search.article.service.SearchQueryBuilder;
import io.ziar.search.article.service.SearchRequest;
import io.ziar.contracts.api.SearchParameters;
import io.ziar.contracts.api.SearchResult;
import io.ziar.search.article.service.SearchService;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Locale;

import static io.ziar.commons.input.Inputs.blankToNull;
import static io.ziar.commons.input.Inputs.instant;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final SearchService search;
    private final SearchConfig config;

    public SearchResource(SearchService search, SearchConfig config) {
        this.search = search;
        this.config = config;
    }

    @GET
    public Uni<SearchResult> search(@BeanParam SearchParameters parameters) {
        return Uni.createFrom().item(() -> request(parameters)).flatMap(search::search);
    }

    private SearchRequest request(SearchParameters parameters) {
        String cursor = parameters.cursor();
        return new SearchRequest(blankToNull(parameters.q()), blankToNull(parameters.lang()), blankToNull(parameters.source()),
                blankToNull(parameters.entity()), instant("from", parameters.from()), instant("to", parameters.to()),
                sort(parameters.sort()), PageSize.of(parameters.size(), config),
                blankToNull(cursor) == null ? null : Cursor.decode(cursor), facet(parameters.facet(), parameters.facetPrefix()),
                blankToNull(parameters.facetPrefix()), collapse(parameters.collapse(), cursor));
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

    private static SearchRequest.Sort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return SearchRequest.Sort.RELEVANCE;
        }
        try {
            return SearchRequest.Sort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("sort", "'sort' must be 'relevance' or 'newest'");
        }
    }
}
