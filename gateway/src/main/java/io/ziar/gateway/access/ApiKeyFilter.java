package io.ziar.gateway.access;

import io.ziar.commons.crypto.Sha256;
import io.ziar.commons.problem.Problem;
import io.ziar.commons.problem.ProblemMappers;
import io.ziar.commons.problem.ProblemType;
import io.ziar.gateway.access.config.AccessConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.security.MessageDigest;
import java.util.Optional;

/**
 * Every API call needs {@code Authorization: Bearer <key>}. Keys are compared as SHA-256 digests
 * in constant time, so neither the key nor its length leaks through timing.
 */
@ApplicationScoped
public class ApiKeyFilter {

    private static final String BEARER = "Bearer ";

    private final Optional<byte[]> adminKeyDigest;

    public ApiKeyFilter(AccessConfig config) {
        this.adminKeyDigest = config.adminKey().filter(key -> !key.isBlank()).map(Sha256::digest);
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return Optional.empty();
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        byte[] presented = Sha256.digest(header != null && header.startsWith(BEARER) ? header.substring(BEARER.length()).strip() : "");
        boolean known = adminKeyDigest.map(expected -> MessageDigest.isEqual(expected, presented)).orElse(false);
        if (known) {
            return Optional.empty();
        }
        return Optional.of(Response.fromResponse(ProblemMappers.respond(Problem.of(ProblemType.UNAUTHORIZED,
                        "Send a valid API key as 'Authorization: Bearer <key>'", null), request.getUriInfo()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ziar\"")
                .build());
    }
}
