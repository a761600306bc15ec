package io.ziar.gateway.access.rest;

import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.Problem;
import io.ziar.commons.problem.ProblemMappers;
import io.ziar.commons.problem.ProblemType;
import io.ziar.gateway.access.RequiresRole;
import io.ziar.gateway.access.model.Caller;
import io.ziar.gateway.access.model.Role;
import io.ziar.gateway.access.service.KeyVerifier;
import io.ziar.gateway.ratelimit.service.RateDecision;
import io.ziar.gateway.ratelimit.service.RateLimiter;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.reflect.Method;

/**
 * Every {@code /api/} call: the key ({@code Authorization: Bearer <key>}) must be live (else 401),
 * within its rate limit (else 429 with Retry-After), and of a role the endpoint allows (else 403).
 * Every answer to a counted call carries the RateLimit headers.
 */
public class AccessFilter {

    private static final Logger LOG = Logger.getLogger(AccessFilter.class);
    public static final String CALLER = "ziar.caller";
    private static final String RATE = "ziar.rate";
    private static final String BEARER = "bearer ";

    private final KeyVerifier verifier;
    private final RateLimiter limiter;

    public AccessFilter(KeyVerifier verifier, RateLimiter limiter) {
        this.verifier = verifier;
        this.limiter = limiter;
    }

    @ServerRequestFilter
    public Uni<Response> authorise(ContainerRequestContext request, ResourceInfo resource) {
        UriInfo uri = request.getUriInfo();
        if (!uri.getPath().startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        Role required = required(resource);
        return verifier.verify(bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION))).flatMap(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(unauthorized(uri));
            }
            Caller caller = found.get();
            request.setProperty(CALLER, caller);
            return limiter.take(caller.keyId(), caller.role().wireName()).map(rate -> {
                request.setProperty(RATE, rate);
                if (!rate.allowed()) {
                    return tooMany(rate, uri);
                }
                if (!caller.role().includes(required)) {
                    return ProblemMappers.respond(Problem.of(ProblemType.FORBIDDEN,
                            "This needs a key with the role '" + required.wireName() + "' or above; this key's role is '"
                                    + caller.role().wireName() + "'", null), uri);
                }
                return null;
            });
        }).onFailure().recoverWithItem(failure -> {
            LOG.warnf("API keys cannot be checked: %s", failure.toString());
            return Response.fromResponse(ProblemMappers.respond(Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                            "API keys cannot be checked right now; try again shortly", null), uri))
                    .header(HttpHeaders.RETRY_AFTER, 5)
                    .build();
        });
    }

    @ServerResponseFilter
    public void rateHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(RATE) instanceof RateDecision rate && rate.known()) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle("RateLimit-Limit", rate.limit());
            headers.putSingle("RateLimit-Remaining", rate.remaining());
            headers.putSingle("RateLimit-Reset", rate.resetSeconds());
            if (!rate.allowed()) {
                headers.putSingle(HttpHeaders.RETRY_AFTER, rate.retryAfterSeconds());
            }
        }
    }

    private static Role required(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return Role.ADMIN;
        }
        RequiresRole onMethod = method.getAnnotation(RequiresRole.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        RequiresRole onClass = resource.getResourceClass().getAnnotation(RequiresRole.class);
        return onClass == null ? Role.ADMIN : onClass.value();
    }

    private static String bearer(String header) {
        if (header == null || header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return "";
        }
        return header.substring(BEARER.length()).strip();
    }

    private static Response unauthorized(UriInfo uri) {
        return Response.fromResponse(ProblemMappers.respond(Problem.of(ProblemType.UNAUTHORIZED,
                        "Send a valid API key as 'Authorization: Bearer <key>'", null), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ziar\"")
                .build();
    }

    private static Response tooMany(RateDecision rate, UriInfo uri) {
        return Response.fromResponse(ProblemMappers.respond(Problem.of(ProblemType.RATE_LIMITED,
                        "This key's rate limit is used up; retry in " + rate.retryAfterSeconds() + " s", null), uri))
                .header(HttpHeaders.RETRY_AFTER, rate.retryAfterSeconds())
                .header("RateLimit-Limit", rate.limit())
                .header("RateLimit-Remaining", rate.remaining())
                .header("RateLimit-Reset", rate.resetSeconds())
                .build();
    }
}
