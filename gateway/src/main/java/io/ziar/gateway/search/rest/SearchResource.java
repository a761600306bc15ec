package io.ziar.gateway.search.rest;

import io.smallrye.mutiny.Uni;
import io.ziar.gateway.access.RequiresRole;
import io.ziar.gateway.access.model.Role;
import io.ziar.commons.problem.Problem;
import io.ziar.contracts.api.SearchParameters;
import io.ziar.contracts.api.SearchResult;
import io.ziar.gateway.proxy.Relay;
import io.ziar.gateway.search.client.SearchClient;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

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
                    + "the names of that type, folded for case and diacritics. Facets: person, org, gpe, loc, source, language, "
                    + "kind (the page kinds) and a date histogram ('date'). 'kind' keeps pages of those kinds (kind=article leaves "
                    + "out listings, forums, product pages...); absent, every kind. Totals are exact up to 10,000 (then 'totalIsExact' is false).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SearchResult.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> search(@BeanParam SearchParameters parameters) {
        return search.search(parameters).map(Relay::of);
    }
}
