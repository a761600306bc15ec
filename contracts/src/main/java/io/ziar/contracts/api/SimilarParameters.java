package io.ziar.contracts.api;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The parameters of {@code GET /api/v1/articles/{id}/similar}, declared once for the gateway, its
 * REST client and search-service (a class, not a record: see {@link SearchParameters}).
 */
public class SimilarParameters {

    @PathParam("id")
    private String id;

    @QueryParam("size")
    @Parameter(description = "Hits, 1 to 100 (10)")
    private String size;

    public String id() {
        return id;
    }

    public String size() {
        return size;
    }
}
