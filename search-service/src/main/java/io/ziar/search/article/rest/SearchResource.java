package io.ziar.search.article.rest;

import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.ProblemException;
import io.ziar.search.article.config.SearchConfig;
import io.ziar.search.article.service.Cursor;
import io.ziar.search.article.service.SearchQueryBuilder;
import io.ziar.search.article.service.SearchRequest;
import io.ziar.contracts.api.SearchResult;
import io.ziar.search.article.service.SearchService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

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
    public Uni<SearchResult> search(
            @Parameter(description = "Words, quoted phrases, -exclusions, OR") @RestQuery String q,
            @Parameter(description = "ISO 639-1 language code") @RestQuery String lang,
            @Parameter(description = "Source, e.g. g4media.ro") @RestQuery String source,
            @Parameter(description = "Canonical entity name") @RestQuery String entity,
            @Parameter(description = "Published at or after (ISO-8601 date or date-time)") @RestQuery String from,
            @Parameter(description = "Published before (ISO-8601 date or date-time)") @RestQuery String to,
            @Parameter(description = "relevance (default) or newest") @RestQuery String sort,
            // A string, read here: an Integer parameter that is not a number would be a 404 (JAX-RS), not a problem naming it.
            @Parameter(description = "Hits per page, 1 to 100", schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String size,
            @Parameter(description = "The 'next' token of the previous page") @RestQuery String cursor,
            @Parameter(description = "The facet to search inside: person, org, gpe, loc, source or language") @RestQuery String facet,
            @Parameter(description = "Only values of that facet starting with this, any letter case") @RestQuery String facetPrefix,
            @Parameter(description = "'story': one hit per story (near-duplicates), with the story's size") @RestQuery String collapse) {
        return Uni.createFrom().item(() -> new SearchRequest(blankToNull(q), blankToNull(lang), blankToNull(source),
                        blankToNull(entity), instant("from", from), instant("to", to), sort(sort), PageSize.of(size, config),
                        blankToNull(cursor) == null ? null : Cursor.decode(cursor), facet(facet, facetPrefix),
                        blankToNull(facetPrefix), collapse(collapse, cursor)))
                .flatMap(search::search);
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
