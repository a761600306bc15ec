package io.ziar.gateway.analysis.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** nlp-service's synchronous analysis; CPU-bound, so a small bulkhead keeps it from starving the rest. */
@RegisterRestClient(configKey = "nlp")
@RegisterClientHeaders
@Path("/")
public interface NlpClient {

    @POST
    @Path("/api/v1/analyze")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    @Bulkhead(value = 8, waitingTaskQueue = 32)
    /** The body as bytes, as the client sent them: decoded here, invalid UTF-8 would reach nlp-service repaired. */
    Uni<Response> analyze(byte[] request);

    /** The service's own readiness, for the gateway's view of the services behind it. */
    @GET
    @Path("/q/health/ready")
    @Timeout(900)
    Uni<Response> readiness();
}
