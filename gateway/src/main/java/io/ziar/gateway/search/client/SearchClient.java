package io.ziar.gateway.search.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** search-service. */
@RegisterRestClient(configKey = "search")
@RegisterClientHeaders
@Path("/")
public interface SearchClient {

    @GET
    @Path("/api/v1/search")
    @Timeout(900)
    @Retry(maxRetries = 1, delay = 50, abortOn = TimeoutException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    @Bulkhead(value = 64, waitingTaskQueue = 256)
    Uni<Response> search(@RestQuery String q, @RestQuery String lang, @RestQuery String source,
                         @RestQuery String entity, @RestQuery String from, @RestQuery String to,
                         @RestQuery String sort, @RestQuery String size, @RestQuery String cursor);

    /** The service's own readiness, for the gateway's view of the services behind it. */
    @GET
    @Path("/q/health/ready")
    @Timeout(900)
    Uni<Response> readiness();
}
