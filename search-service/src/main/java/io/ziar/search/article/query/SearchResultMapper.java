package io.ziar.search.article.query;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.ziar.contracts.api.SearchResult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads an OpenSearch search response into the API's {@link SearchResult}. Pure. */
public final class SearchResultMapper {

    private SearchResultMapper() {
    }

    /**
     * The search asked for one hit more than a page: when it came, there is a next page, and its
     * cursor continues after the page's last hit in {@code pit}.
     */
    public static SearchResult map(JsonObject response, int pageSize, String pit) {
        JsonObject hits = response.getJsonObject("hits", new JsonObject());
        JsonObject total = hits.getJsonObject("total", new JsonObject());
        List<SearchResult.Hit> page = new ArrayList<>();
        JsonArray lastSort = null;
        JsonArray found = hits.getJsonArray("hits", new JsonArray());
        for (int i = 0; i < Math.min(found.size(), pageSize); i++) {
            JsonObject hit = found.getJsonObject(i);
            JsonObject source = hit.getJsonObject("_source", new JsonObject());
            JsonObject highlight = hit.getJsonObject("highlight", new JsonObject());
            String published = source.getString("publishedAt");
            page.add(new SearchResult.Hit(
                    source.getString("id", hit.getString("_id")),
                    first(highlight, "title"),
                    first(highlight, "body"),
                    source.getString("source"),
                    source.getString("language"),
                    published == null ? null : Instant.parse(published),
                    hit.getValue("_score") instanceof Number score ? score.doubleValue() : null,
                    storySize(hit),
                    source.getString("storyId"),
                    PageKinds.of(source)));
            lastSort = hit.getJsonArray("sort");
        }
        String next = found.size() > pageSize && lastSort != null ? new Cursor(lastSort, pit).encode() : null;
        return new SearchResult(total.getLong("value", 0L), "eq".equals(total.getString("relation", "eq")), page,
                facets(response.getJsonObject("aggregations", new JsonObject())), next);
    }

    /** The result with its next page read from {@code pit} (a point in time of the same index generation). */
    public static SearchResult continuedIn(SearchResult result, String pit) {
        if (result.next() == null) {
            return result;
        }
        Cursor next = Cursor.decode(result.next());
        return next.pit().equals(pit) ? result
                : new SearchResult(result.total(), result.totalIsExact(), result.hits(), result.facets(), new Cursor(next.searchAfter(), pit).encode());
    }

    private static Map<String, List<SearchResult.FacetValue>> facets(JsonObject aggregations) {
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        for (String name : SearchQueryBuilder.FACETS) {
            List<SearchResult.FacetValue> values = new ArrayList<>();
            JsonObject facet = aggregations.getJsonObject(name, new JsonObject());
            for (Object bucket : facet.getJsonArray("buckets", new JsonArray())) {
                JsonObject b = (JsonObject) bucket;
                Object key = b.containsKey("key_as_string") ? b.getValue("key_as_string") : b.getValue("key");
                values.add(new SearchResult.FacetValue(String.valueOf(key), b.getLong("doc_count", 0L)));
            }
            facets.put(name, values);
        }
        return facets;
    }

    private static Integer storySize(JsonObject hit) {
        JsonObject story = hit.getJsonObject("inner_hits", new JsonObject()).getJsonObject(SearchQueryBuilder.STORY);
        return story == null ? null : story.getJsonObject("hits").getJsonObject("total").getInteger("value");
    }

    private static String first(JsonObject highlight, String field) {
        JsonArray fragments = highlight.getJsonArray(field);
        return fragments == null || fragments.isEmpty() ? null : fragments.getString(0);
    }
}
