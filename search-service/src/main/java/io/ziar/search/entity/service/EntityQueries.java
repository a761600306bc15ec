package io.ziar.search.entity.service;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.ziar.contracts.api.EntityProfile;
import io.ziar.contracts.api.EntitySuggestions;
import io.ziar.search.article.indexing.ArticleDocument;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import static io.ziar.search.entity.service.EntityKeys.SEPARATOR;

/** The OpenSearch requests behind the entity endpoints, and how their answers read. Pure. */
public final class EntityQueries {

    public static final int CO_OCCURRING = 10;
    /** Latest articles, quotes and written forms a profile lists. */
    public static final int LATEST = 10;
    private static final List<String> ARTICLE_LINK = List.of("id", "title", "source", "publishedAt");
    /** Room for every label one name may carry (RONEC has 15). */
    private static final int LABELS = 20;
    /** Any run of characters within one part of a key or name value. */
    private static final String IN_PART = "[^" + SEPARATOR + "]*";
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

    /**
     * Articles naming an entity with a word whose folded form starts with the folded prefix ("lavr",
     * "Лавр" and "serghei lav" find "Serghei Lavrov"); buckets of those entities' keys only, so each
     * entity comes once, counted over every article that names it.
     */
    public static JsonObject suggest(String prefix, int size) {
        String folded = EntityKeys.fold(prefix);
        return new JsonObject()
                .put("size", 0)
                .put("track_total_hits", false)
                .put("query", new JsonObject().put("prefix", new JsonObject().put("entityName", new JsonObject().put("value", folded))))
                .put("aggs", new JsonObject().put("names",
                        keys(size, "(" + IN_PART + " )?" + literal(folded) + IN_PART + SEPARATOR + ".*")));
    }

    public static EntitySuggestions suggestions(JsonObject response) {
        return new EntitySuggestions(suggestions(response, "names"));
    }

    /**
     * Articles naming an entity of one of {@code labels} whose name holds the words typed, whole and in
     * order, folded: "Lavrov" and "serghei lavrov" name "Serghei Lavrov", "Lavr" does not.
     */
    public static JsonObject named(Collection<String> labels, String words) {
        String regex = literal(EntityKeys.fold(words)) + "( " + IN_PART + ")?" + SEPARATOR + anyOf(labels);
        return new JsonObject().put("regexp", new JsonObject().put("entityName", new JsonObject().put("value", regex)));
    }

    public static JsonObject profile(String canonical) {
        String folded = EntityKeys.fold(canonical);
        JsonObject mentions = new JsonObject().put("sum", new JsonObject().put("script", new JsonObject()
                .put("source", MENTIONS_SCRIPT)
                .put("params", new JsonObject().put("name", folded).put("separator", String.valueOf(SEPARATOR)))));
        String own = literal(folded) + SEPARATOR + ".*";
        JsonObject coOccurring = keys(CO_OCCURRING, IN_PART + SEPARATOR + anyOf(ArticleDocument.FACET_FIELDS.keySet()) + SEPARATOR + ".*");
        coOccurring.getJsonObject("terms").put("exclude", own);
        JsonObject quoted = new JsonObject()
                .put("filter", new JsonObject().put("term", new JsonObject().put("quoteSpeaker", folded)))
                .put("aggs", new JsonObject().put("latest", new JsonObject().put("top_hits", latest(new JsonArray(ARTICLE_LINK).copy().add("quotes")))));
        return latest(new JsonArray(ARTICLE_LINK))
                .put("track_total_hits", true)
                .put("query", new JsonObject().put("prefix", new JsonObject().put("entityKey", new JsonObject()
                        .put("value", EntityKeys.keyPrefix(canonical)))))
                .put("aggs", new JsonObject()
                        .put("forms", new JsonObject().put("terms", new JsonObject().put("field", "entityForm").put("size", LATEST)
                                .put("include", own)))
                        .put("quoted", quoted)
                        .put("mentions", mentions)
                        .put("days", new JsonObject()
                                .put("date_histogram", new JsonObject().put("field", "datedAt").put("calendar_interval", "day")
                                        .put("format", "yyyy-MM-dd").put("min_doc_count", 1))
                                .put("aggs", new JsonObject().put("mentions", mentions.copy())))
                        // The entity's own keys: one per label (and display form) it is named with.
                        .put("own", keys(LABELS, own))
                        // Names only: the dates, amounts and numbers beside it say nothing of whom it goes with.
                        .put("coOccurring", coOccurring));
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
        List<EntitySuggestions.Suggestion> own = suggestions(response, "own");
        // The display form named in most articles.
        String name = own.isEmpty() ? canonical : own.get(0).canonical();
        List<String> labels = own.stream().map(EntitySuggestions.Suggestion::label).distinct().toList();
        List<String> variants = buckets(response, "forms").stream().map(form -> EntityKeys.written(form.getString("key"))).toList();
        List<EntityProfile.ArticleLink> latest = hits(response).stream().map(EntityQueries::articleLink).toList();
        String speaker = EntityKeys.fold(canonical);
        List<EntityProfile.QuoteLink> quotes = hits(aggregations.getJsonObject("quoted", new JsonObject())
                .getJsonObject("latest", new JsonObject())).stream()
                .flatMap(hit -> hit.getJsonObject("_source", new JsonObject()).getJsonArray("quotes", new JsonArray()).stream()
                        .map(JsonObject.class::cast)
                        .filter(quote -> speaker.equals(EntityKeys.fold(quote.getString("speaker", ""))))
                        .map(quote -> new EntityProfile.QuoteLink(quote.getString("text"), articleLink(hit))))
                .limit(LATEST)
                .toList();
        return new EntityProfile(name, labels, variants, articles, sum(aggregations.getJsonObject("mentions")), days,
                suggestions(response, "coOccurring"), latest, quotes);
    }

    /** A search body for the newest {@link #LATEST} articles, with these {@code _source} fields. */
    private static JsonObject latest(JsonArray fields) {
        return new JsonObject()
                .put("size", LATEST)
                .put("sort", new JsonArray().add(new JsonObject().put("datedAt", new JsonObject().put("order", "desc").put("missing", "_last"))))
                .put("_source", fields);
    }

    private static List<JsonObject> hits(JsonObject response) {
        return response.getJsonObject("hits", new JsonObject()).getJsonArray("hits", new JsonArray()).stream()
                .map(JsonObject.class::cast).toList();
    }

    private static EntityProfile.ArticleLink articleLink(JsonObject hit) {
        JsonObject source = hit.getJsonObject("_source", new JsonObject());
        String published = source.getString("publishedAt");
        return new EntityProfile.ArticleLink(source.getString("id", hit.getString("_id")), source.getString("title"),
                source.getString("source"), published == null ? null : Instant.parse(published));
    }

    /** The most common entity keys matching {@code include} (a Lucene regular expression over the whole key). */
    private static JsonObject keys(int size, String include) {
        return new JsonObject().put("terms", new JsonObject().put("field", "entityKey").put("size", size).put("include", include));
    }

    private static List<EntitySuggestions.Suggestion> suggestions(JsonObject response, String aggregation) {
        return buckets(response, aggregation).stream()
                .flatMap(bucket -> EntityKeys.parse(bucket.getString("key"))
                        .map(key -> new EntitySuggestions.Suggestion(key.canonical(), key.label(), bucket.getLong("doc_count"))).stream())
                .toList();
    }

    private static List<JsonObject> buckets(JsonObject response, String aggregation) {
        JsonArray buckets = response.getJsonObject("aggregations", new JsonObject()).getJsonObject(aggregation, new JsonObject())
                .getJsonArray("buckets", new JsonArray());
        return buckets.stream().map(JsonObject.class::cast).toList();
    }

    private static long sum(JsonObject aggregation) {
        return aggregation == null ? 0 : Math.round(aggregation.getDouble("value", 0.0));
    }

    /** {@code (ORG|PERSON)}: any one of the labels, literally. */
    private static String anyOf(Collection<String> labels) {
        return "(" + String.join("|", labels.stream().sorted().map(EntityQueries::literal).toList()) + ")";
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
