package io.ziar.gateway.search.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** search-service's calls that are not searches: never retried, outside the readers' circuit breakers. */
@RegisterRestClient(configKey = "search")
@RegisterClientHeaders
@Path("/")
public interface SearchOperationsClient {

    /** Starts a job and answers at once (202); not retried, so a lost answer never starts two. */
    @POST
    @Path("/api/v1/admin/reindex")
    @Timeout(2000)
    Uni<Response> startReindex();

    /** The service's own readiness, for the gateway's view of the services behind it. */
    @GET
    @Path("/q/health/ready")
    @Timeout(900)
    Uni<Response> readiness();
}
