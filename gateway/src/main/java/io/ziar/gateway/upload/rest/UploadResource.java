package io.ziar.gateway.upload.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.Problem;
import io.ziar.gateway.access.RequiresRole;
import io.ziar.gateway.access.model.Role;
import io.ziar.gateway.article.client.IngestReadsClient;
import io.ziar.gateway.upload.client.IngestUploadsClient;
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

/**
 * Uploads (NDJSON, WARC files, feed documents), relayed to ingest-service as streams while they
 * arrive, and the jobs they create. Blocking: each body is read on a worker thread.
 */
@Path("/api/v1")
@Tag(name = "Articles")
@Produces(MediaType.APPLICATION_JSON)
public class UploadResource {

    private final IngestUploadsClient uploads;
    private final IngestReadsClient reads;

    public UploadResource(@RestClient IngestUploadsClient uploads, @RestClient IngestReadsClient reads) {
        this.uploads = uploads;
        this.reads = reads;
    }

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
        return uploads.bulk(body, encoding).map(Relay::of);
    }

    @POST
    @Path("/warc")
    @RequiresRole(Role.INGESTER)
    @Blocking
    @Consumes({"application/warc", "application/gzip", "application/x-gzip", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Upload a WARC file (gzip per record or plain): each HTML response record becomes an article "
            + "with its WARC-Target-URI and WARC-Date; answers when the file is stored, with the job")
    @APIResponse(responseCode = "202", description = "Stored; records rejected (by record number and reason) are counted, "
            + "and a record whose Content-Length lies ends the reading there (the job's reason says where)")
    @APIResponse(responseCode = "400", description = "Not a WARC file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> warc(InputStream body) {
        return uploads.warc(body).map(Relay::of);
    }

    @POST
    @Path("/feeds:ingest")
    @RequiresRole(Role.INGESTER)
    @Blocking
    @Tag(name = "Feeds")
    @Consumes({"application/rss+xml", "application/atom+xml", MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Operation(summary = "Ingest an RSS 2.0 or Atom document: each item (link, title, content:encoded or description, "
            + "pubDate; Atom link, title, content or summary, published or updated) becomes an article of a job")
    @APIResponse(responseCode = "202", description = "Stored; the job with its counts and per-item rejections")
    @APIResponse(responseCode = "400", description = "Not well-formed, not RSS or Atom, or with a DOCTYPE (DTDs and "
            + "entities are refused, so no external entity is ever read); nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Feed over 5 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> feed(InputStream body) {
        return uploads.feedDocument(body).map(Relay::of);
    }

    @GET
    @Path("/jobs/{id}")
    @RequiresRole(Role.READER)
    @Operation(summary = "A job (bulk upload, feed document or poll, WARC file): received, accepted, rejected (errors: "
            + "[{line | item | record, reason}]: an NDJSON upload's line, a feed's item, a WARC file's record), duplicates, revisions, analyzed, indexed, failed, superseded")
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> job(@PathParam("id") String id) {
        return reads.job(id).map(Relay::of);
    }
}
