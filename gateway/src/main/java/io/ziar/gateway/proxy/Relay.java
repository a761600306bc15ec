package io.ziar.gateway.proxy;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Hands a service's answer to the client as it is (status, body, content type, retry-after), but for
 * the Location: a service makes it absolute with its own address, which no client can reach, so
 * only its path (and query) is passed on, relative to the gateway the client called.
 */
public final class Relay {

    private Relay() {
    }

    public static Response of(Response upstream) {
        try (upstream) {
            Response.ResponseBuilder answer = Response.status(upstream.getStatus());
            if (upstream.hasEntity()) {
                // as bytes: the answer passes through undecoded
                answer.entity(upstream.readEntity(byte[].class));
            }
            copy(upstream, answer, HttpHeaders.CONTENT_TYPE);
            String location = upstream.getHeaderString(HttpHeaders.LOCATION);
            if (location != null) {
                // a header, not ResponseBuilder.location(), which would make it absolute again
                answer.header(HttpHeaders.LOCATION, relative(location));
            }
            copy(upstream, answer, HttpHeaders.RETRY_AFTER);
            return answer.build();
        }
    }

    /** The path and query of a URI reference (already relative ones too); the reference itself when it is no URI. */
    public static String relative(String location) {
        try {
            URI uri = new URI(location);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return location;
        }
    }

    private static void copy(Response upstream, Response.ResponseBuilder answer, String header) {
        String value = upstream.getHeaderString(header);
        if (value != null) {
            answer.header(header, value);
        }
    }
}
