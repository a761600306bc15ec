package io.ziar.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.vertx.core.http.HttpServerRequest;
import io.ziar.commons.http.ConsumedMediaTypes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns every failure into {@code application/problem+json}; no stack trace ever reaches a client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response response = respond(e.problem(), uri);
        return e.retryAfter()
                .map(wait -> Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, Math.max(1, wait.toSeconds())).build())
                .orElse(response);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unrecognizedField(UnrecognizedPropertyException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.INVALID_INPUT,
                "Unknown field '" + e.getPropertyName() + "'", path(e)), uri);
    }

    @ServerExceptionMapper(priority = 2)
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            // more after the value (two objects, say): the body as a whole is not one JSON document
            return malformed(e, uri);
        }
        String field = path(e);
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        String detail = e instanceof InvalidFormatException invalid
                ? (field == null ? "The value " : "'" + field + "' ") + "must be " + expected + ", not " + shown(invalid.getValue())
                : "Expected " + expected + (field == null ? " as the request body" : " for '" + field + "'");
        return respond(Problem.of(ProblemType.INVALID_INPUT, detail, field), uri);
    }

    @ServerExceptionMapper(priority = 3)
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        var location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return respond(Problem.of(ProblemType.INVALID_JSON, "The request body is not valid JSON" + where, null), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformed(json, uri);
        }
        if (e instanceof NotSupportedException) {
            return respond(unsupportedMediaType(request), uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = status >= 500 ? type.title() : e.getMessage();
        return respond(new Problem(Problem.of(type, detail, null).type(), type.title(), status, detail, null, null), uri);
    }

    /** The framework's own words name an annotation; the client is told what the endpoint takes instead. */
    private static Problem unsupportedMediaType(HttpServerRequest request) {
        Set<String> takes = ConsumedMediaTypes.of(request.method().name(), request.path());
        String sent = request.getHeader(HttpHeaders.CONTENT_TYPE);
        String detail = (takes.isEmpty() ? "This endpoint does not take this media type"
                : "This endpoint takes " + String.join(" or ", takes))
                + (sent == null ? "" : "; the request's Content-Type is '" + sent + "'");
        return Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail, HttpHeaders.CONTENT_TYPE);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unhandled error on %s", uri.getPath());
        return respond(Problem.of(ProblemType.INTERNAL, "The request could not be completed", null), uri);
    }

    public static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(uri == null ? problem : problem.withInstance(uri.getPath()))
                .build();
    }

    private static String path(JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return null;
        }
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String describe(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(constant -> "'" + constant + "'")
                    .collect(Collectors.joining(", "));
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time such as '2024-05-16T10:00:00Z'";
        }
        return type.isArray() || Iterable.class.isAssignableFrom(type) ? "a JSON array" : "a JSON object";
    }

    /** A value as the client wrote it: strings quoted, numbers and the rest as they are. */
    private static String shown(Object value) {
        return value instanceof CharSequence text ? "'" + text + "'" : String.valueOf(value);
    }
}
