package io.ziar.contracts.api;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/**
 * The parameters of {@code GET /api/v1/articles/{id}/similar}, declared once for the gateway, its
 * REST client and search-service (public fields, as in {@link SearchParameters}).
 */
public class SimilarParameters {

    @PathParam("id") public String id;
    @QueryParam("size") @Parameter(description = "Hits, 1 to 100 (10)") public String size;
    @QueryParam("kind") @Parameter(description = SearchParameters.KIND, example = "article") public List<String> kind;
}
