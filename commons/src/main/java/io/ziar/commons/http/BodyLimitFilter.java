package io.ziar.commons.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.ziar.commons.problem.Problem;
import io.ziar.commons.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Set;

/**
 * Refuses a declared body over the limit before any of it is read, with a problem document
 * (Vert.x's own limit, which catches undeclared chunked bodies, answers with an empty 413).
 */
@ApplicationScoped
public class BodyLimitFilter {

    private final long maxBytes;
    private final Set<String> unlimitedPaths;

    public BodyLimitFilter(BodyLimit limit) {
        this.maxBytes = limit.maxBodySize().asLongValue();
        this.unlimitedPaths = Set.copyOf(limit.unlimitedPaths().orElse(List.of()));
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length) && !unlimitedPaths.contains(context.request().path())) {
                Problem problem = Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is " + length + " bytes; the limit is " + maxBytes + " bytes", null)
                        .withInstance(context.request().path());
                context.response()
                        .setStatusCode(problem.status())
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(Json.encode(problem));
                return;
            }
            context.next();
        });
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
