package io.ziar.gateway.feed.rest;

import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.Problem;
import io.ziar.contracts.api.FeedRegistration;
import io.ziar.contracts.api.FeedView;
import io.ziar.gateway.access.RequiresRole;
import io.ziar.gateway.access.model.Role;
import io.ziar.gateway.article.client.IngestReadsClient;
import io.ziar.gateway.article.client.IngestWritesClient;
import io.ziar.gateway.proxy.Relay;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** RSS 2.0 and Atom feeds registered for polling, relayed to ingest-service (feed documents posted whole are uploads). */
@Path("/api/v1")
@Tag(name = "Feeds")
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.INGESTER)
public class FeedResource {

    private final IngestWritesClient writes;
    private final IngestReadsClient reads;

    public FeedResource(@RestClient IngestWritesClient writes, @RestClient IngestReadsClient reads) {
        this.writes = writes;
        this.reads = reads;
    }

    @POST
    @Path("/feeds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a feed to poll politely (robots.txt, a pace per host, conditional GET); new items' "
            + "linked pages are fetched as HTML articles")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FeedRegistration.class)))
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = FeedView.class)))
    @APIResponse(responseCode = "200", description = "Registered already (the same canonical URL)",
            content = @Content(schema = @Schema(implementation = FeedView.class)))
    @APIResponse(responseCode = "400", description = "Not an http(s) URL, or one to a private address",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> register(String registration) {
        return writes.registerFeed(registration).map(Relay::of);
    }

    @GET
    @Path("/feeds")
    @Operation(summary = "The registered feeds, with how each one's last poll went")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FeedView[].class)))
    public Uni<Response> list() {
        return reads.feeds().map(Relay::of);
    }

    @GET
    @Path("/feeds/{id}")
    @Operation(summary = "A registered feed: last poll's status (OK, NOT_MODIFIED, ROBOTS_DISALLOWED, FAILED), error, job")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FeedView.class)))
    @APIResponse(responseCode = "404", description = "No such feed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@PathParam("id") String id) {
        return reads.feed(id).map(Relay::of);
    }

    @DELETE
    @Path("/feeds/{id}")
    @Operation(summary = "Stop polling a feed (its articles stay)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such feed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> delete(@PathParam("id") String id) {
        return writes.deleteFeed(id).map(Relay::of);
    }
}
