package io.ziar.contracts.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of {@code GET /api/v1/entities} (autocomplete), declared once for the
 * gateway, its REST client and search-service (public fields, as in {@link SearchParameters}).
 */
public class EntitySuggestionParameters {

    @QueryParam("prefix") @Parameter(description = "The start of a word of a name", example = "lavr") public String prefix;
    @QueryParam("size") @Parameter(description = "Suggestions, 1 to 100 (10)") public String size;
}
