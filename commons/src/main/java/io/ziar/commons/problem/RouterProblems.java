package io.ziar.commons.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Requests the router itself refuses before any route runs (a query string that is not valid
 * percent-encoding, such as {@code q=%zz}) get a problem document too, not Vert.x's empty 400.
 */
@ApplicationScoped
public class RouterProblems {

    void register(@Observes Router router) {
        router.errorHandler(400, context -> {
            if (context.response().ended()) {
                return;
            }
            Problem problem = Problem.of(ProblemType.INVALID_INPUT,
                    "The request could not be read: its URL or query string is malformed", null)
                    .withInstance(context.request().path());
            context.response()
                    .setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(Json.encode(problem));
        });
    }
}
