package io.ziar.search.entity.service;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.ziar.contracts.api.EntityProfile;
import io.ziar.contracts.api.EntitySuggestions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The OpenSearch requests behind the entity endpoints, and how their answers read. Pure. */
public final class EntityQueries {

    public static final int CO_OCCURRING = 10;
    /** Painless: how many times the article names the entity, from its {@code entityCount} values. */
    static final String MENTIONS_SCRIPT = """
            double n = 0;
            for (def value : doc['entityCount']) {
              int at = value.lastIndexOf(params.separator);
              if (value.substring(0, at) == params.name) { n += Integer.parseInt(value.substring(at + 1)); }
            }
            return n;""";

    private EntityQueries() {
    }

    /** Articles naming an entity whose folded name starts with the folded prefix; buckets of those keys only. */
    public static JsonObject suggest(String prefix, int size) {
        String folded = EntityKeys.fold(prefix);
        return new JsonObject()
                .put("size", 0)
                .put("track_total_hits", false)
                .put("query", new JsonObject().put("prefix", new JsonObject().put("entityKey", new JsonObject().put("value", folded))))
                .put("aggs", new JsonObject().put("names", new JsonObject().put("terms", new JsonObject()
                        .put("field", "entityKey").put("size", size).put("include", literal(folded) + ".*"))));
    }

    public static EntitySuggestions suggestions(JsonObject response) {
        return new EntitySuggestions(buckets(response, "names").stream()
                .flatMap(bucket -> suggestion(bucket).stream()).toList());
    }

    public static JsonObject profile(String canonical) {
        JsonObject mentions = new JsonObject().put("sum", new JsonObject().put("script", new JsonObject()
                .put("source", MENTIONS_SCRIPT)
                .put("params", new JsonObject().put("name", EntityKeys.fold(canonical))
                        .put("separator", String.valueOf(EntityKeys.SEPARATOR)))));
        return new JsonObject()
                .put("size", 0)
                .put("track_total_hits", true)
                .put("query", new JsonObject().put("prefix", new JsonObject().put("entityKey", new JsonObject()
                        .put("value", EntityKeys.keyPrefix(canonical)))))
                .put("aggs", new JsonObject()
                        .put("mentions", mentions)
                        .put("days", new JsonObject()
                                .put("date_histogram", new JsonObject().put("field", "publishedAt").put("calendar_interval", "day")
                                        .put("format", "yyyy-MM-dd").put("min_doc_count", 1))
                                .put("aggs", new JsonObject().put("mentions", mentions.copy())))
                        // The entity's own keys (one per label) come back too: room for them besides the ten.
                        .put("keys", new JsonObject().put("terms", new JsonObject().put("field", "entityKey").put("size", CO_OCCURRING + 10))));
    }

    /** Null when no article names the entity. */
    public static EntityProfile profile(String canonical, JsonObject response) {
        long articles = response.getJsonObject("hits", new JsonObject()).getJsonObject("total", new JsonObject()).getLong("value", 0L);
        if (articles == 0) {
            return null;
        }
        JsonObject aggregations = response.getJsonObject("aggregations", new JsonObject());
        List<EntityProfile.Day> days = buckets(response, "days").stream().map(day -> new EntityProfile.Day(day.getString("key_as_string"),
                day.getLong("doc_count"), sum(day.getJsonObject("mentions")))).toList();
        String name = canonical;
        Set<String> labels = new LinkedHashSet<>();
        List<EntitySuggestions.Suggestion> others = new ArrayList<>();
        for (JsonObject bucket : buckets(response, "keys")) {
            for (EntitySuggestions.Suggestion entity : suggestion(bucket)) {
                if (EntityKeys.fold(entity.canonical()).equals(EntityKeys.fold(canonical))) {
                    name = entity.canonical();
                    labels.add(entity.label());
                } else if (others.size() < CO_OCCURRING) {
                    others.add(entity);
                }
            }
        }
        return new EntityProfile(name, List.copyOf(labels), articles, sum(aggregations.getJsonObject("mentions")), days, others);
    }

    private static List<EntitySuggestions.Suggestion> suggestion(JsonObject bucket) {
        return EntityKeys.parse(bucket.getString("key"))
                .map(key -> List.of(new EntitySuggestions.Suggestion(key.canonical(), key.label(), bucket.getLong("doc_count"))))
                .orElse(List.of());
    }

    private static List<JsonObject> buckets(JsonObject response, String aggregation) {
        JsonArray buckets = response.getJsonObject("aggregations", new JsonObject()).getJsonObject(aggregation, new JsonObject())
                .getJsonArray("buckets", new JsonArray());
        return buckets.stream().map(JsonObject.class::cast).toList();
    }

    private static long sum(JsonObject aggregation) {
        return aggregation == null ? 0 : Math.round(aggregation.getDouble("value", 0.0));
    }

    /** A Lucene regular expression matching {@code text} literally. */
    static String literal(String text) {
        StringBuilder regex = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                regex.append('\\');
            }
            regex.appendCodePoint(c);
        });
        return regex.toString();
    }
}
