package io.ziar.gateway.proxy;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Hands a service's answer to the client as it is: status, body, content type, location. */
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
            copy(upstream, answer, HttpHeaders.LOCATION);
            copy(upstream, answer, HttpHeaders.RETRY_AFTER);
            return answer.build();
        }
    }

    private static void copy(Response upstream, Response.ResponseBuilder answer, String header) {
        String value = upstream.getHeaderString(header);
        if (value != null) {
            answer.header(header, value);
        }
    }
}
