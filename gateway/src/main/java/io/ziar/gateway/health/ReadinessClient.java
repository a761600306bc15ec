package io.ziar.gateway.health;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * A service's own readiness document. One interface for the three services, built for each one's
 * base URL by {@link ServicesHealthCheck}: apart from the API's clients, so their retries, circuit
 * breakers and bulkheads (nlp-service's is 8 calls) never hold a readiness check back.
 */
@Path("/q/health/ready")
public interface ReadinessClient {

    @GET
    Uni<Response> readiness();
}
