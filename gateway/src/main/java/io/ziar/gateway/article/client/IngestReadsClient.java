package io.ziar.gateway.article.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.InputStream;
import java.time.temporal.ChronoUnit;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * ingest-service. Bodies pass through unparsed and undecoded (bytes, not strings: decoding would
 * quietly replace invalid UTF-8 that ingest-service must refuse); ingest-service validates them.
 */
@RegisterRestClient(configKey = "ingest")
@RegisterClientHeaders
@Path("/")
public interface IngestClient {

    /**
     * Not retried: a retry after a lost answer is safe (ids are stable) but doubles load when ingest
     * is slow. A write gets longer than a read: its first call on a fresh JVM commits through a cold
     * Hibernate Reactive session, and a timed-out write leaves the client unsure it was stored.
     */
    @POST
    @Path("/api/v1/articles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    @Bulkhead(value = 64, waitingTaskQueue = 256)
    Uni<Response> submit(byte[] article);

    @GET
    @Path("/api/v1/articles/{id}")
    @Timeout(900)
    @Retry(maxRetries = 1, delay = 50, abortOn = TimeoutException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    Uni<Response> article(@PathParam("id") String id);

    /**
     * Bulk NDJSON upload, relayed as a stream. Long timeout: ingest answers when the whole body is
     * stored, and uploads run to gigabytes. No retry (the body is consumed) and no circuit breaker
     * counting (one slow upload says nothing about the service's health); a small bulkhead, as each
     * upload holds a worker thread on both sides.
     */
    @POST
    @Path("/api/v1/articles:bulk")
    @Consumes("application/x-ndjson")
    @Timeout(value = 30, unit = ChronoUnit.MINUTES)
    @Bulkhead(value = 8, waitingTaskQueue = 16)
    Uni<Response> bulk(InputStream body, @HeaderParam(HttpHeaders.CONTENT_ENCODING) String encoding);

    @GET
    @Path("/api/v1/articles/{id}/revisions")
    @Timeout(900)
    @Retry(maxRetries = 1, delay = 50, abortOn = TimeoutException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    Uni<Response> revisions(@PathParam("id") String id);

    /** A WARC file, relayed as a stream: as for bulk uploads (long timeout, small bulkhead, no retry). */
    @POST
    @Path("/api/v1/warc")
    @Consumes("application/warc")
    @Timeout(value = 30, unit = ChronoUnit.MINUTES)
    @Bulkhead(value = 8, waitingTaskQueue = 16)
    Uni<Response> warc(InputStream body);

    /** A feed document (at most 5 MB), relayed as a stream; ingest answers when its items are stored. */
    @POST
    @Path("/api/v1/feeds:ingest")
    @Consumes(MediaType.APPLICATION_XML)
    @Timeout(value = 2, unit = ChronoUnit.MINUTES)
    @Bulkhead(value = 8, waitingTaskQueue = 16)
    Uni<Response> feedDocument(InputStream body);

    @POST
    @Path("/api/v1/feeds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    Uni<Response> registerFeed(String registration);

    @GET
    @Path("/api/v1/feeds")
    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 50, abortOn = TimeoutException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    Uni<Response> feeds();

    @GET
    @Path("/api/v1/feeds/{id}")
    @Timeout(900)
    @Retry(maxRetries = 1, delay = 50, abortOn = TimeoutException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    Uni<Response> feed(@PathParam("id") String id);

    @DELETE
    @Path("/api/v1/feeds/{id}")
    @Timeout(900)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    Uni<Response> deleteFeed(@PathParam("id") String id);

    @GET
    @Path("/api/v1/jobs/{id}")
    @Timeout(900)
    @Retry(maxRetries = 1, delay = 50, abortOn = TimeoutException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    Uni<Response> job(@PathParam("id") String id);

    /** The service's own readiness, for the gateway's view of the services behind it. */
    @GET
    @Path("/q/health/ready")
    @Timeout(900)
    Uni<Response> readiness();
}
