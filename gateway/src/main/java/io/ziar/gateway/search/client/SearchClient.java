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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * search-service's reads: under a second, retried once when the connection fails (an answer, even a
 * 5xx one, is relayed as it is; a timed-out read is not retried); each method has its own circuit
 * breaker and bulkhead. Calls that are not reads are in {@link SearchOperationsClient}.
 */
@RegisterRestClient(configKey = "search")
@RegisterClientHeaders
@Path("/")
@Timeout(900)
@Retry(maxRetries = 1, delay = 50, abortOn = TimeoutException.class)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
@Bulkhead(value = 64, waitingTaskQueue = 256)
public interface SearchClient {

    @GET
    @Path("/api/v1/search")
    Uni<Response> search(@RestQuery String q, @RestQuery String lang, @RestQuery String source,
                         @RestQuery String entity, @RestQuery String from, @RestQuery String to,
                         @RestQuery String sort, @RestQuery String size, @RestQuery String cursor,
                         @RestQuery String facet, @RestQuery String facetPrefix, @RestQuery String collapse);

    @GET
    @Path("/api/v1/articles/{id}/similar")
    Uni<Response> similar(@RestPath String id, @RestQuery String size);

    @GET
    @Path("/api/v1/entities")
    Uni<Response> entities(@RestQuery String prefix, @RestQuery String size);

    @GET
    @Path("/api/v1/entities/{canonical}")
    Uni<Response> entity(@RestPath String canonical);

    @GET
    @Path("/api/v1/admin/reindex/{id}")
    Uni<Response> reindexJob(@RestPath String id);
}
