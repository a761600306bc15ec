package io.ziar.gateway.entity.rest;

import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.Problem;
import io.ziar.contracts.api.EntityProfile;
import io.ziar.contracts.api.EntitySuggestionParameters;
import io.ziar.contracts.api.EntitySuggestions;
import io.ziar.gateway.access.RequiresRole;
import io.ziar.gateway.access.model.Role;
import io.ziar.gateway.proxy.Relay;
import io.ziar.gateway.search.client.SearchClient;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path("/api/v1/entities")
@RequiresRole(Role.READER)
@Tag(name = "Entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    private final SearchClient search;

    public EntityResource(@RestClient SearchClient search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Autocomplete: entities of every label with a word of the canonical name that starts with the prefix",
            description = "From the start of any word (\"lavr\" finds Serghei Lavrov), or of several words in a row; any letter "
                    + "case, with or without diacritics (ș, ş and s alike), Cyrillic read as the pipeline transliterates it "
                    + "(\"Лавр\" finds Lavrov too); most written about first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EntitySuggestions.class)))
    @APIResponse(responseCode = "400", description = "No prefix, one without a letter or digit or over 200 characters, or a size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> suggest(@BeanParam EntitySuggestionParameters parameters) {
        return search.entities(parameters).map(Relay::of);
    }

    @GET
    @Path("/{canonical}")
    @Operation(summary = "One entity: its labels and written forms, articles and mentions per day, the ten names (PERSON, ORG, "
            + "GPE, LOC) named most often with it, the latest articles naming it and the latest quotes it is the speaker of")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EntityProfile.class)))
    @APIResponse(responseCode = "400", description = "A name without a letter or digit, or over 200 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No article names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> profile(@Parameter(description = "Canonical name, any letter case", example = "Serghei Lavrov")
                                 @PathParam("canonical") String canonical) {
        return search.entity(canonical).map(Relay::of);
    }
}
