package io.ziar.gateway.search.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * search-service's calls that are not searches: never retried (a lost answer must not start a second
 * job), outside the readers' circuit breakers.
 */
@RegisterRestClient(configKey = "search")
@RegisterClientHeaders
@Path("/")
@Timeout(2000)
public interface SearchOperationsClient {

    /** Starts a job and answers at once (202). */
    @POST
    @Path("/api/v1/admin/reindex")
    Uni<Response> startReindex();
}
