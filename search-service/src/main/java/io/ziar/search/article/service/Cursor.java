package io.ziar.search.article.service;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.ziar.commons.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** An opaque page token: the sort values of the last hit, for search_after. */
public record Cursor(JsonArray searchAfter) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(searchAfter.encode().getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String token) {
        try {
            return new Cursor(new JsonArray(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException | DecodeException e) {
            throw ProblemException.invalid("cursor", "'cursor' is not a token returned by a previous search");
        }
    }
}
