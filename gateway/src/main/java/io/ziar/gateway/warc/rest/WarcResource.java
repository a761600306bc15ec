package io.ziar.gateway.warc.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.Problem;
import io.ziar.gateway.access.RequiresRole;
import io.ziar.gateway.access.model.Role;
import io.ziar.gateway.article.client.IngestClient;
import io.ziar.gateway.proxy.Relay;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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

import java.io.InputStream;

/** WARC files (as Common Crawl's CC-NEWS), relayed to ingest-service as a stream. */
@Path("/api/v1/warc")
@Tag(name = "Articles")
@Produces(MediaType.APPLICATION_JSON)
public class WarcResource {

    private final IngestClient ingest;

    public WarcResource(@RestClient IngestClient ingest) {
        this.ingest = ingest;
    }

    /** Blocking: the body is read as a stream on a worker thread and passed on as it arrives. */
    @POST
    @RequiresRole(Role.INGESTER)
    @Blocking
    @Consumes({"application/warc", "application/gzip", "application/x-gzip", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Upload a WARC file (gzip per record or plain): each HTML response record becomes an article "
            + "with its WARC-Target-URI and WARC-Date; answers when the file is stored, with the job")
    @APIResponse(responseCode = "202", description = "Stored; records rejected (by record number and reason) are counted, "
            + "and a record whose Content-Length lies ends the reading there (the job's reason says where)")
    @APIResponse(responseCode = "400", description = "Not a WARC file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> upload(InputStream body) {
        return ingest.warc(body).map(Relay::of);
    }
}
