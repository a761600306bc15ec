package io.ziar.gateway.article.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.Problem;
import io.ziar.gateway.access.RequiresRole;
import io.ziar.gateway.access.model.Role;
import io.ziar.gateway.article.client.IngestClient;
import io.ziar.gateway.openapi.ProblemExamples;
import io.ziar.gateway.proxy.Relay;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.io.InputStream;

/** Bulk NDJSON uploads and the jobs they create, relayed to ingest-service. */
@Path("/api/v1")
@Tag(name = "Articles")
@Produces(MediaType.APPLICATION_JSON)
public class BulkResource {

    private final IngestClient ingest;

    public BulkResource(@RestClient IngestClient ingest) {
        this.ingest = ingest;
    }

    /** Blocking: the body is read as a stream on a worker thread and passed on as it arrives. */
    @POST
    @Path("/articles:bulk")
    @RequiresRole(Role.INGESTER)
    @Blocking
    @Consumes("application/x-ndjson")
    @Operation(summary = "Upload articles as NDJSON (one article object a line, optionally Content-Encoding: gzip); "
            + "answers when the upload is stored, with the job that follows it")
    @APIResponse(responseCode = "202", description = "Stored; received / rejected (errors name their line) / duplicate counts; "
            + "follow the Location (relative to the gateway) for analysis and indexing")
    @APIResponse(responseCode = "400", description = "Nothing to ingest (no article line), or the body broke off or is not valid gzip",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "nothing-to-ingest", value = ProblemExamples.NOTHING_TO_INGEST)))
    @APIResponse(responseCode = "415", description = "Not NDJSON, or a Content-Encoding other than gzip",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "media-type", value = ProblemExamples.BULK_MEDIA_TYPE)))
    public Uni<Response> bulk(InputStream body, @HeaderParam(HttpHeaders.CONTENT_ENCODING) String encoding) {
        return ingest.bulk(body, encoding).map(Relay::of);
    }

    @GET
    @Path("/jobs/{id}")
    @RequiresRole(Role.READER)
    @Operation(summary = "A job (bulk upload, feed document or poll, WARC file): received, accepted, rejected (errors: "
            + "[{line | item | record, reason}]: an NDJSON upload's line, a feed's item, a WARC file's record), duplicates, revisions, analyzed, indexed, failed, superseded")
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> job(@PathParam("id") String id) {
        return ingest.job(id).map(Relay::of);
    }
}
