package io.ziar.gateway.search.client;

import io.smallrye.mutiny.Uni;
import io.ziar.contracts.api.EntitySuggestionParameters;
import io.ziar.contracts.api.SearchParameters;
import io.ziar.contracts.api.SimilarParameters;
import jakarta.ws.rs.BeanParam;
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
    Uni<Response> search(@BeanParam SearchParameters parameters);

    @GET
    @Path("/api/v1/articles/{id}/similar")
    Uni<Response> similar(@BeanParam SimilarParameters parameters);

    @GET
    @Path("/api/v1/entities")
    Uni<Response> entities(@BeanParam EntitySuggestionParameters parameters);

    @GET
    @Path("/api/v1/entities/{canonical}")
    Uni<Response> entity(@RestPath String canonical);

    @GET
    @Path("/api/v1/admin/reindex/{id}")
    Uni<Response> reindexJob(@RestPath String id);
}
