package io.ziar.gateway.article.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;

/**
 * ingest-service's reads: under a second, retried once when the connection fails (a timed-out read
 * is not retried), each method with its own circuit breaker. Writes are in {@link IngestWritesClient},
 * streamed uploads in {@link IngestUploadsClient}.
 */
@RegisterRestClient(configKey = "ingest")
@RegisterClientHeaders
@Path("/")
@Timeout(900)
@Retry(maxRetries = 1, delay = 50, abortOn = TimeoutException.class)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
public interface IngestReadsClient {

    @GET
    @Path("/api/v1/articles/{id}")
    Uni<Response> article(@RestPath String id);

    @GET
    @Path("/api/v1/articles/{id}/revisions")
    Uni<Response> revisions(@RestPath String id);

    @GET
    @Path("/api/v1/jobs/{id}")
    Uni<Response> job(@RestPath String id);

    /** Every registered feed in one answer: given longer than a read of one thing. */
    @GET
    @Path("/api/v1/feeds")
    @Timeout(2000)
    Uni<Response> feeds();

    @GET
    @Path("/api/v1/feeds/{id}")
    Uni<Response> feed(@RestPath String id);
}
