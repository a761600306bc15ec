package io.ziar.gateway.reindex.rest;

import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.Problem;
import io.ziar.contracts.api.ReindexJob;
import io.ziar.gateway.access.RequiresRole;
import io.ziar.gateway.access.model.Role;
import io.ziar.gateway.proxy.Relay;
import io.ziar.gateway.search.client.SearchClient;
import io.ziar.gateway.search.client.SearchOperationsClient;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path("/api/v1/admin/reindex")
@RequiresRole(Role.ADMIN)
@Tag(name = "Admin")
@Produces(MediaType.APPLICATION_JSON)
public class ReindexResource {

    private final SearchOperationsClient operations;
    private final SearchClient search;

    public ReindexResource(@RestClient SearchOperationsClient operations, @RestClient SearchClient search) {
        this.operations = operations;
        this.search = search;
    }

    @POST
    @Operation(summary = "Rebuild the search index from the stored articles, then switch to it atomically",
            description = "A new index version is filled from ingest-service's database while searches go on "
                    + "against the current one; articles indexed meanwhile are written to both. Follow the job's href.")
    @APIResponse(responseCode = "202", description = "Started", content = @Content(schema = @Schema(implementation = ReindexJob.class)))
    @APIResponse(responseCode = "409", description = "A reindex is already running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> start() {
        return operations.startReindex().map(Relay::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A reindex job: RUNNING, DONE or FAILED, with its counts")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReindexJob.class)))
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> job(@PathParam("id") String id) {
        return search.reindexJob(id).map(Relay::of);
    }
}
