package io.ziar.gateway.upload.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.io.InputStream;
import java.time.temporal.ChronoUnit;

/**
 * Uploads relayed to ingest-service as streams, which it answers when the whole body is stored:
 * long timeouts (uploads run to gigabytes), no retry (the body is consumed) and no circuit breaker
 * (one slow upload says nothing about the service's health); a small bulkhead, as each upload holds
 * a worker thread on both sides.
 */
@RegisterRestClient(configKey = "ingest")
@RegisterClientHeaders
@Path("/")
@Timeout(value = 30, unit = ChronoUnit.MINUTES)
@Bulkhead(value = 8, waitingTaskQueue = 16)
public interface IngestUploadsClient {

    @POST
    @Path("/api/v1/articles:bulk")
    @Consumes("application/x-ndjson")
    Uni<Response> bulk(InputStream body, @HeaderParam(HttpHeaders.CONTENT_ENCODING) String encoding);

    @POST
    @Path("/api/v1/warc")
    @Consumes("application/warc")
    Uni<Response> warc(InputStream body);

    /** A feed document is at most 5 MB: minutes, not half an hour. */
    @POST
    @Path("/api/v1/feeds:ingest")
    @Consumes(MediaType.APPLICATION_XML)
    @Timeout(value = 2, unit = ChronoUnit.MINUTES)
    Uni<Response> feedDocument(InputStream body);
}
