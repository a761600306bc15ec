package io.ziar.gateway.article.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;

/**
 * ingest-service's writes. Bodies pass through unparsed and undecoded (bytes, not strings: decoding
 * would quietly replace invalid UTF-8 that ingest-service must refuse); ingest-service validates them.
 * Not retried: a retry after a lost answer is safe (ids are stable) but doubles load when ingest is
 * slow. A write gets longer than a read: its first call on a fresh JVM commits through a cold
 * Hibernate Reactive session, and a timed-out write leaves the client unsure it was stored.
 */
@RegisterRestClient(configKey = "ingest")
@RegisterClientHeaders
@Path("/")
@Timeout(2000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
@Bulkhead(value = 64, waitingTaskQueue = 256)
public interface IngestWritesClient {

    @POST
    @Path("/api/v1/articles")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> submit(byte[] article);

    /** Longer still: ingest-service resolves the feed's host first, to refuse private addresses. */
    @POST
    @Path("/api/v1/feeds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(5000)
    Uni<Response> registerFeed(String registration);

    @DELETE
    @Path("/api/v1/feeds/{id}")
    Uni<Response> deleteFeed(@RestPath String id);
}
