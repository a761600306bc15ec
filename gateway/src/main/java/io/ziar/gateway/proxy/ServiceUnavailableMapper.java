package io.ziar.gateway.proxy;

import io.ziar.commons.problem.Problem;
import io.ziar.commons.problem.ProblemMappers;
import io.ziar.commons.problem.ProblemType;
import io.vertx.core.VertxException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;

/** A service that is down, slow or shed by a bulkhead becomes a 503 problem; the rest of the API goes on. */
public class ServiceUnavailableMapper {

    private static final Logger LOG = Logger.getLogger(ServiceUnavailableMapper.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    /**
     * Fault tolerance giving up (timeout, open circuit, full bulkhead), a service unreachable, and
     * refused, reset or closed connections towards a service, also in the middle of a streamed upload
     * (the service restarted): what it stored before stays, and the client sends the rest again.
     */
    @ServerExceptionMapper({FaultToleranceException.class, ProcessingException.class, IOException.class, VertxException.class})
    public Response unavailable(Exception e, UriInfo uri) {
        LOG.warnf("Upstream unavailable for %s: %s", uri.getPath(), e.toString());
        Response problem = ProblemMappers.respond(Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                "A service behind the gateway is unavailable; try again shortly", null), uri);
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
