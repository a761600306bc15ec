package io.ziar.gateway.search.rest;

import io.smallrye.mutiny.Uni;
import io.ziar.gateway.access.RequiresRole;
import io.ziar.gateway.access.model.Role;
import io.ziar.commons.problem.Problem;
import io.ziar.contracts.api.SearchResult;
import io.ziar.gateway.proxy.Relay;
import io.ziar.gateway.search.client.SearchClient;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/search")
@RequiresRole(Role.READER)
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final SearchClient search;

    public SearchResource(@RestClient SearchClient search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Full-text search with filters, facets, highlighted snippets and cursor paging",
            description = "Query syntax: words, \"exact phrases\", -exclusion, OR, field prefixes (person:, org:, gpe:, loc:, "
                    + "entity:, source:, language:, title:); person:Lavrov or person:\"adrian vlasceanu\" match whole words of "
                    + "the names of that type, folded for case and diacritics. Facets: person, org, gpe, loc, source, language and a date "
                    + "histogram ('date'). Totals are exact up to 10,000 (then 'totalIsExact' is false).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SearchResult.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> search(
            @Parameter(description = "Query text", example = "cooperare militară") @RestQuery String q,
            @Parameter(description = "ISO 639-1 language code", example = "ro") @RestQuery String lang,
            @Parameter(description = "Source", example = "g4media.ro") @RestQuery String source,
            @Parameter(description = "Canonical entity name", example = "Serghei Lavrov") @RestQuery String entity,
            @Parameter(description = "Published at or after (ISO-8601)") @RestQuery String from,
            @Parameter(description = "Published before (ISO-8601)") @RestQuery String to,
            @Parameter(description = "relevance or newest") @RestQuery String sort,
            // Passed on as written: search-service answers a size that is not a number with a problem
            // naming it (an Integer here would make it a 404, as JAX-RS treats unreadable query parameters).
            @Parameter(description = "Hits per page, 1 to 100", schema = @Schema(type = SchemaType.INTEGER)) @RestQuery String size,
            @Parameter(description = "The 'next' token of the previous page") @RestQuery String cursor,
            @Parameter(description = "The facet to search inside: person, org, gpe, loc, source or language") @RestQuery String facet,
            @Parameter(description = "Only values of that facet starting with this, any letter case", example = "Ser") @RestQuery String facetPrefix,
            @Parameter(description = "'story': one hit per story of near-duplicates, with the story's size (one page, no cursor)")
            @RestQuery String collapse) {
        return search.search(q, lang, source, entity, from, to, sort, size, cursor, facet, facetPrefix, collapse).map(Relay::of);
    }
}
