package io.ziar.search.article.indexing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code _bulk} request that writes article documents under their own versions (external_gte: a
 * replayed or older version is refused with 409, never a duplicate or a rollback), and what became of
 * each document, in request order.
 */
public final class BulkWrite {

    private BulkWrite() {
    }

    /** The outcome of one document of the request. */
    public record Item(String id, int status, String error) {

        /** Written, or a version at least as new is already there. */
        public boolean written() {
            return status < 300 || status == 409;
        }

        public boolean indexMissing() {
            return status == 404;
        }

        /** The document itself is at fault (a mapping refuses it): writing it again cannot help. */
        public boolean refused() {
            return status == 400;
        }
    }

    /** NDJSON index actions, one per document, with the document's id and version. */
    public static String body(List<JsonObject> documents) {
        StringBuilder ndjson = new StringBuilder();
        for (JsonObject document : documents) {
            ndjson.append(new JsonObject().put("index", new JsonObject().put("_id", document.getString("id"))
                            .put("version", document.getInteger("version")).put("version_type", "external_gte")).encode())
                    .append('\n').append(document.encode()).append('\n');
        }
        return ndjson.toString();
    }

    /** One item per document of the request, in its order. */
    public static List<Item> items(JsonObject response) {
        JsonArray items = response.getJsonArray("items", new JsonArray());
        List<Item> results = new ArrayList<>(items.size());
        for (Object entry : items) {
            JsonObject result = ((JsonObject) entry).getJsonObject("index", new JsonObject());
            Object error = result.getValue("error");
            results.add(new Item(result.getString("_id"), result.getInteger("status", 500),
                    error == null ? null : reason(error)));
        }
        return results;
    }

    /** OpenSearch's error as one line: its type and reason when it has them. */
    private static String reason(Object error) {
        if (error instanceof JsonObject object) {
            String type = object.getString("type");
            String reason = object.getString("reason");
            return type == null ? object.encode() : reason == null ? type : type + ": " + reason;
        }
        return String.valueOf(error);
    }
}
