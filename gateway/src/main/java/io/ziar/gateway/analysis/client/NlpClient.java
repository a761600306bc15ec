package io.ziar.gateway.analysis.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
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
@Timeout(5000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
@Bulkhead(value = 8, waitingTaskQueue = 32)
public interface NlpClient {

    /** The body as bytes, as the client sent them: decoded here, invalid UTF-8 would reach nlp-service repaired. */
    @POST
    @Path("/api/v1/analyze")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> analyze(byte[] request);
}
