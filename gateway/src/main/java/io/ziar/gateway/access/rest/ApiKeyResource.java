package io.ziar.gateway.access.rest;

import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.Problem;
import io.ziar.gateway.access.RequiresRole;
import io.ziar.gateway.access.model.Role;
import io.ziar.gateway.access.service.ApiKeyService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/admin/keys")
@Tag(name = "Admin", description = "API keys (admin role)")
@RequiresRole(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    private final ApiKeyService keys;

    public ApiKeyResource(ApiKeyService keys) {
        this.keys = keys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a key; the answer is the only place the key is ever shown")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = KeyView.class)))
    @APIResponse(responseCode = "400", description = "Missing name or unknown role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(KeyRequest request) {
        KeyRequest body = request == null ? new KeyRequest(null, null) : request;
        // relative, as a header: created() would make it absolute with the Host this request named
        return keys.create(body.name(), body.role()).map(created -> Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/v1/admin/keys/" + created.stored().id)
                .entity(KeyView.of(created.stored(), created.key()))
                .build());
    }

    @GET
    @Operation(summary = "The live keys, oldest first (never the keys themselves)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = KeyView.class)))
    public Uni<List<KeyView>> list() {
        return keys.list().map(all -> all.stream().map(key -> KeyView.of(key, null)).toList());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a key: refused at once by this gateway, by every replica within seconds")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No live key with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> revoke(@PathParam("id") String id) {
        return keys.revoke(id).map(done -> Response.noContent().build());
    }
}
