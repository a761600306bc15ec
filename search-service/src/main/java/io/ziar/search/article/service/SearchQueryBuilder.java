package io.ziar.search.article.service;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;

/** Builds the OpenSearch request body for a {@link SearchRequest}. Pure, so it is unit-tested. */
public final class SearchQueryBuilder {

    /** Totals are exact up to this many hits, then reported as a lower bound. */
    public static final int EXACT_TOTAL_LIMIT = 10_000;
    public static final List<String> FACETS = List.of("person", "org", "gpe", "loc", "source", "language");
    private static final int SNIPPET_LENGTH = 200;
    private static final int FACET_SIZE = 10;

    private SearchQueryBuilder() {
    }

    public static JsonObject build(SearchRequest request) {
        JsonObject body = new JsonObject()
                .put("size", request.size())
                .put("track_total_hits", EXACT_TOTAL_LIMIT)
                .put("query", query(request))
                .put("sort", sort(request.sort()))
                .put("_source", new JsonArray(List.of("id", "title", "source", "language", "publishedAt")))
                .put("highlight", highlight())
                .put("aggs", facets());
        if (request.cursor() != null) {
            body.put("search_after", request.cursor().searchAfter());
        }
        return body;
    }

    private static JsonObject query(SearchRequest request) {
        JsonArray must = new JsonArray();
        if (request.query() != null) {
            must.add(new JsonObject().put("simple_query_string", new JsonObject()
                    .put("query", request.query())
                    .put("fields", new JsonArray(List.of("title^3", "body", "title.folded^2", "body.folded")))
                    .put("default_operator", "and")));
        } else {
            must.add(new JsonObject().put("match_all", new JsonObject()));
        }
        JsonArray filter = new JsonArray();
        if (request.language() != null) {
            filter.add(term("language", request.language()));
        }
        if (request.source() != null) {
            filter.add(term("source", request.source()));
        }
        if (request.entity() != null) {
            JsonArray anyType = new JsonArray();
            ArticleDocument.FACET_FIELDS.values().forEach(field -> anyType.add(term(field, request.entity())));
            filter.add(new JsonObject().put("bool", new JsonObject().put("should", anyType).put("minimum_should_match", 1)));
        }
        if (request.from() != null || request.to() != null) {
            JsonObject range = new JsonObject();
            if (request.from() != null) {
                range.put("gte", request.from().toString());
            }
            if (request.to() != null) {
                range.put("lt", request.to().toString());
            }
            filter.add(new JsonObject().put("range", new JsonObject().put("publishedAt", range)));
        }
        return new JsonObject().put("bool", new JsonObject().put("must", must).put("filter", filter));
    }

    /** Ties broken by id so that search_after pages neither skip nor repeat hits. */
    private static JsonArray sort(SearchRequest.Sort sort) {
        JsonArray order = new JsonArray();
        if (sort == SearchRequest.Sort.NEWEST) {
            order.add(new JsonObject().put("publishedAt", new JsonObject().put("order", "desc").put("missing", "_last")));
        } else {
            order.add(new JsonObject().put("_score", new JsonObject().put("order", "desc")));
        }
        return order.add(new JsonObject().put("id", new JsonObject().put("order", "asc")));
    }

    /** Matches in <mark>, everything else HTML-escaped by OpenSearch's html encoder. */
    private static JsonObject highlight() {
        JsonObject snippet = new JsonObject()
                .put("fragment_size", SNIPPET_LENGTH)
                .put("number_of_fragments", 1)
                .put("no_match_size", SNIPPET_LENGTH);
        JsonObject title = new JsonObject().put("number_of_fragments", 0).put("no_match_size", SNIPPET_LENGTH);
        return new JsonObject()
                .put("pre_tags", new JsonArray().add("<mark>"))
                .put("post_tags", new JsonArray().add("</mark>"))
                .put("encoder", "html")
                .put("fields", new JsonObject()
                        .put("body", snippet)
                        .put("title", title));
    }

    private static JsonObject facets() {
        JsonObject aggs = new JsonObject();
        FACETS.forEach(name -> aggs.put(name, new JsonObject().put("terms", new JsonObject().put("field", name).put("size", FACET_SIZE))));
        return aggs;
    }

    private static JsonObject term(String field, String value) {
        return new JsonObject().put("term", new JsonObject().put(field, value));
    }
}
