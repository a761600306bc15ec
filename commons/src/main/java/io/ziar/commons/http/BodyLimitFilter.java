package io.ziar.commons.http;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.ziar.commons.problem.Problem;
import io.ziar.commons.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;

/**
 * Holds every request body to the limit, with a problem document (Vert.x's own limit answers with
 * an empty 413). A declared body over the limit is refused before any of it is read. A body without
 * a declared length (chunked) is read here, up to the limit, and refused as soon as it passes it:
 * the services' Vert.x limit is raised for the bulk path's sake, so without this a chunked body would
 * be buffered whole, however large. Paths in {@link BodyLimit#unlimitedPaths()} stream their bodies
 * and are left alone (they decode their own Content-Encoding); elsewhere a body with a
 * Content-Encoding is refused (415), as nothing decompresses it.
 */
@ApplicationScoped
public class BodyLimitFilter {

    /** The routing context's key for a body read here, which {@link #readBody} hands to the resource. */
    private static final String READ_BODY = BodyLimitFilter.class.getName() + ".body";

    private final long maxBytes;
    private final Set<String> unlimitedPaths;

    public BodyLimitFilter(BodyLimit limit) {
        this.maxBytes = limit.maxBodySize().asLongValue();
        this.unlimitedPaths = Set.copyOf(limit.unlimitedPaths().orElse(List.of()));
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            HttpServerRequest request = context.request();
            if (unlimitedPaths.contains(request.path())) {
                context.next();
                return;
            }
            String coding = request.getHeader(HttpHeaders.CONTENT_ENCODING);
            if (coding != null && !coding.isBlank() && !"identity".equalsIgnoreCase(coding.strip())) {
                // nothing here decompresses a body: read as it is, it would be taken for what it is not
                refuse(context, ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Encoding '" + coding + "' is not accepted here; send the body uncompressed");
                return;
            }
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null) {
                if (isOver(length)) {
                    refuse(context, ProblemType.PAYLOAD_TOO_LARGE, "The request body is " + length + " bytes; the limit is " + maxBytes + " bytes");
                } else {
                    context.next();
                }
            } else if (request.headers().contains(HttpHeaders.TRANSFER_ENCODING) && request.version() != HttpVersion.HTTP_2) {
                // HTTP/1.1 chunked. (HTTP/2 streams are not pre-read: Quarkus REST cannot take over an
                // HTTP/2 request that has already ended; they are held to Vert.x's limit.)
                readUpToTheLimit(context);
            } else {
                context.next();
            }
        });
    }

    private void readUpToTheLimit(RoutingContext context) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        boolean[] over = {false};
        request.handler(chunk -> {
            if (over[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > maxBytes) {
                over[0] = true;
                refuse(context, ProblemType.PAYLOAD_TOO_LARGE, "The request body is over the limit of " + maxBytes + " bytes");
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(end -> {
            if (!over[0]) {
                context.put(READ_BODY, body);
                context.next();
            }
        });
        request.resume();
    }

    /**
     * Answers with a problem, then reads and drops what the client still sends, up to the limit again,
     * so that a client that writes its whole body before it reads gets the answer rather than a reset;
     * the connection is closed at the end of the body, or past that allowance.
     */
    private void refuse(RoutingContext context, ProblemType type, String detail) {
        HttpServerRequest request = context.request();
        Problem problem = Problem.of(type, detail, null).withInstance(request.path());
        boolean http2 = request.version() == HttpVersion.HTTP_2;
        HttpServerResponse response = context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (!http2) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        Future<Void> sent = response.end(Json.encode(problem));
        if (http2) {
            // the answer ends the stream; the connection carries other streams and stays open
            return;
        }
        if (request.isEnded()) {
            sent.onComplete(done -> request.connection().close());
            return;
        }
        long[] dropped = {0};
        request.handler(chunk -> {
            dropped[0] += chunk.length();
            if (dropped[0] > maxBytes) {
                request.connection().close();
            }
        });
        request.endHandler(end -> request.connection().close());
        request.resume();
    }

    /** Gives the resource the body read by {@link #readUpToTheLimit}, which the request no longer carries. */
    @ServerRequestFilter
    public void readBody(ContainerRequestContext request, RoutingContext context) {
        Buffer body = context.get(READ_BODY);
        if (body != null) {
            request.setEntityStream(new ByteArrayInputStream(body.getBytes()));
        }
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
