package io.ziar.search.article.query;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.ziar.commons.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque page token: the sort values of the last hit, for search_after, and the point in time
 * the pages are read from, so that articles indexed meanwhile neither shift nor repeat hits.
 */
public record Cursor(JsonArray searchAfter, String pit) {

    public String encode() {
        String json = new JsonObject().put("after", searchAfter).put("pit", pit).encode();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String token) {
        try {
            JsonObject json = new JsonObject(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
            JsonArray after = json.getJsonArray("after");
            if (after == null || after.isEmpty() || !(json.getValue("pit") instanceof String pit) || pit.isBlank()
                    || !after.stream().allMatch(value -> value instanceof String || value instanceof Number && Double.isFinite(((Number) value).doubleValue()))) {
                throw invalid();
            }
            return new Cursor(after, pit);
        } catch (IllegalArgumentException | DecodeException | ClassCastException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalid("cursor", "'cursor' is not a token returned by a previous search");
    }
}
