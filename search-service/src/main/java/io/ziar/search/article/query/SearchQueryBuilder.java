package io.ziar.search.article.query;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.ziar.search.article.indexing.ArticleDocument;
import io.ziar.contracts.PageKind;
import io.ziar.search.entity.service.EntityQueries;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the OpenSearch request body for a {@link SearchRequest}. Pure, so it is unit-tested. */
public final class SearchQueryBuilder {

    /** Totals are exact up to this many hits, then reported as a lower bound. */
    public static final int EXACT_TOTAL_LIMIT = 10_000;
    public static final List<String> TERM_FACETS = List.of("person", "org", "gpe", "loc", "source", "language");
    /** The publishedAt histogram, its interval chosen by OpenSearch to fit the range. */
    public static final String DATE_FACET = "date";
    /** The page kinds, those of documents indexed without one counted as articles. */
    public static final String KIND_FACET = "kind";
    public static final List<String> FACETS = List.of("person", "org", "gpe", "loc", "source", "language", KIND_FACET, DATE_FACET);
    /**
     * Every text field a word is looked for in: the generic folded fields (any language, typed with
     * or without diacritics), Romanian stems, Romanian folded light stems (inflections typed without
     * diacritics), English stems. The language fields are filled only for articles in that language.
     */
    static final List<String> TEXT_FIELDS = List.of("title^3", "body", "title_ro^3", "body_ro", "title_ro.light^2",
            "body_ro.light^0.7", "title_en^3", "body_en");
    static final List<String> TITLE_FIELDS = List.of("title", "title_ro", "title_ro.light", "title_en");
    private static final List<String> BODY_MATCHES = List.of("body", "body_ro", "body_ro.light", "body_en");
    private static final int DATE_BUCKETS = 30;
    /** The inner hits that count a collapsed story's matching articles. */
    public static final String STORY = "story";
    /** How long a reader may take between two pages; each page extends it. */
    public static final String PIT_KEEP_ALIVE = "1m";
    private static final int SNIPPET_LENGTH = 200;
    private static final int FACET_SIZE = 10;
    /** What a hit shows of its document. */
    private static final List<String> HIT_FIELDS = List.of("id", "title", "source", "language", "publishedAt", "storyId",
            ArticleDocument.PAGE_KIND);

    private SearchQueryBuilder() {
    }

    /** One request for a page of hits with its total and facets (a page read from a point in time). */
    public static JsonObject build(SearchRequest request) {
        return hits(request).put("track_total_hits", EXACT_TOTAL_LIMIT).put("aggs", facets(request.facet(), request.facetPrefix()));
    }

    /**
     * A first page as an {@code _msearch} of two searches the node runs side by side: the page of hits
     * with highlights, which need not count every match; and the total and facets, which count them
     * all and return no hits, so the node's request cache keeps them until the index next changes. A
     * query repeated (the page reloaded, a filter taken back, the next analyst's same question) then
     * costs only its page. With {@code pit}, both read that point in time (and the request names no
     * index); without, the index behind the alias the request is sent to.
     */
    public static String firstPage(SearchRequest request, String pit) {
        JsonObject page = hits(request).put("track_total_hits", false);
        JsonObject counts = new JsonObject()
                .put("size", 0)
                .put("track_total_hits", EXACT_TOTAL_LIMIT)
                .put("query", query(request))
                .put("aggs", facets(request.facet(), request.facetPrefix()));
        if (pit != null) {
            page.put("pit", pointInTime(pit));
            counts.put("pit", pointInTime(pit));
        }
        return "{}\n" + page.encode() + "\n" + new JsonObject().put("request_cache", true).encode() + "\n" + counts.encode() + "\n";
    }

    private static JsonObject pointInTime(String pit) {
        return new JsonObject().put("id", pit).put("keep_alive", PIT_KEEP_ALIVE);
    }

    private static JsonObject hits(SearchRequest request) {
        JsonObject body = new JsonObject()
                // One more than the page tells whether there is a next; collapsed stories have none (OpenSearch
                // allows search_after with collapse only when sorting on the collapse field).
                .put("size", request.collapseStories() ? request.size() : request.size() + 1)
                .put("query", query(request))
                .put("sort", sort(request.sort()))
                .put("_source", new JsonArray(HIT_FIELDS))
                .put("highlight", highlight(request.language()));
        if (request.collapseStories()) {
            body.put("collapse", new JsonObject().put("field", "storyId")
                    .put("inner_hits", new JsonObject().put("name", STORY).put("size", 0)));
        }
        if (request.cursor() != null) {
            body.put("search_after", request.cursor().searchAfter());
            if (request.cursor().pit() != null) {
                body.put("pit", pointInTime(request.cursor().pit()));
            }
        }
        return body;
    }

    /**
     * Articles like the given one (more like this), the words they share with it marked. Over the
     * fields of its language when it has them, whose analyzers leave that language's stop words out
     * ("și", "de", "în"; "the", "of"): shared function words say nothing about likeness. Other
     * languages fall back to the language-neutral text. df >= 2: a word only the given article has
     * says nothing either. Only pages of {@code kinds} (all when empty).
     */
    public static JsonObject similar(String id, String language, int size, Set<PageKind> kinds) {
        List<String> fields = switch (language == null ? "" : language) {
            case "ro" -> List.of("title_ro.light", "body_ro.light");
            case "en" -> List.of("title_en", "body_en");
            default -> List.of("title", "body");
        };
        JsonObject query = new JsonObject().put("more_like_this", new JsonObject()
                .put("fields", new JsonArray(fields))
                .put("like", new JsonArray().add(new JsonObject().put("_id", id)))
                .put("min_term_freq", 1)
                .put("min_doc_freq", 2)
                .put("max_query_terms", 25));
        JsonObject kept = PageKinds.filter(kinds);
        if (kept != null) {
            query = new JsonObject().put("bool", new JsonObject().put("must", new JsonArray().add(query)).put("filter", new JsonArray().add(kept)));
        }
        return new JsonObject()
                .put("size", size)
                .put("query", query)
                .put("_source", new JsonArray(HIT_FIELDS))
                .put("highlight", highlight(fields.get(0).contains("_") ? language : null));
    }

    private static JsonObject query(SearchRequest request) {
        JsonArray must = new JsonArray();
        if (request.query() != null) {
            must.add(userQuery(QueryParser.parse(request.query())));
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
        JsonObject kinds = PageKinds.filter(request.kinds());
        if (kinds != null) {
            filter.add(kinds);
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

    /**
     * Matches in <mark>, everything else HTML-escaped by OpenSearch's html encoder. The fast vector
     * highlighter folds the matches of the stemmed and folded fields into the generic field's text,
     * so the inflected forms that matched are marked too. Each matched field costs the node a reading of
     * the hit's term vectors (about a tenth of a millisecond a hit, empty fields too), so the fields of
     * other languages than the one filtered on, empty in every hit, are left out.
     */
    private static JsonObject highlight(String language) {
        JsonObject snippet = new JsonObject()
                .put("fragment_size", SNIPPET_LENGTH)
                .put("number_of_fragments", 1)
                .put("no_match_size", SNIPPET_LENGTH)
                .put("type", "fvh")
                .put("matched_fields", new JsonArray(inLanguage(BODY_MATCHES, language)));
        JsonObject title = new JsonObject().put("number_of_fragments", 0).put("no_match_size", SNIPPET_LENGTH)
                .put("type", "fvh")
                .put("matched_fields", new JsonArray(inLanguage(TITLE_FIELDS, language)));
        return new JsonObject()
                .put("pre_tags", new JsonArray().add("<mark>"))
                .put("post_tags", new JsonArray().add("</mark>"))
                .put("encoder", "html")
                .put("fields", new JsonObject()
                        .put("body", snippet)
                        .put("title", title));
    }

    /** The generic fields and those of {@code language} (all of them when null). */
    private static List<String> inLanguage(List<String> fields, String language) {
        if (language == null) {
            return fields;
        }
        return fields.stream().filter(field -> field.indexOf('_') < 0 || field.startsWith("title_" + language)
                || field.startsWith("body_" + language)).toList();
    }

    /** Facets count the hits of the query with its filters; {@code prefix} narrows one facet's values. */
    private static JsonObject facets(String searchedFacet, String prefix) {
        JsonObject aggs = new JsonObject();
        TERM_FACETS.forEach(name -> {
            JsonObject terms = new JsonObject().put("field", name).put("size", FACET_SIZE);
            if (prefix != null && name.equals(searchedFacet)) {
                terms.put("include", caseInsensitivePrefix(prefix));
            }
            aggs.put(name, new JsonObject().put("terms", terms));
        });
        aggs.put(KIND_FACET, new JsonObject().put("terms", new JsonObject().put("field", ArticleDocument.PAGE_KIND)
                .put("size", PageKind.values().length).put("missing", ArticleDocument.UNMARKED_PAGE_KIND.name())));
        aggs.put(DATE_FACET, new JsonObject().put("auto_date_histogram", new JsonObject()
                .put("field", "publishedAt").put("buckets", DATE_BUCKETS).put("format", "yyyy-MM-dd'T'HH:mm:ssX")));
        return aggs;
    }

    /** A Lucene regular expression for values starting with {@code prefix}, in any letter case. */
    static String caseInsensitivePrefix(String prefix) {
        StringBuilder regex = new StringBuilder();
        prefix.codePoints().forEach(c -> {
            String lower = Character.toString(Character.toLowerCase(c));
            String upper = Character.toString(Character.toUpperCase(c));
            if (!lower.equals(upper)) {
                regex.append('[').append(lower).append(upper).append(']');
            } else if (Character.isLetterOrDigit(c)) {
                regex.appendCodePoint(c);
            } else {
                regex.append('\\').appendCodePoint(c);
            }
        });
        return regex.append(".*").toString();
    }

    private static JsonObject userQuery(UserQuery query) {
        if (query instanceof UserQuery.Text text) {
            return text(text);
        }
        if (query instanceof UserQuery.Not not) {
            return new JsonObject().put("bool", new JsonObject().put("must_not", new JsonArray().add(userQuery(not.query()))));
        }
        if (query instanceof UserQuery.Or or) {
            return new JsonObject().put("bool", new JsonObject()
                    .put("should", new JsonArray(or.alternatives().stream().map(SearchQueryBuilder::userQuery).toList()))
                    .put("minimum_should_match", 1));
        }
        return and(((UserQuery.And) query).parts());
    }

    /** Exclusions go to must_not, so "-x" alone or "a -x" mean what they say. */
    private static JsonObject and(List<UserQuery> parts) {
        JsonArray must = new JsonArray();
        JsonArray mustNot = new JsonArray();
        for (UserQuery part : parts) {
            if (part instanceof UserQuery.Not not) {
                mustNot.add(userQuery(not.query()));
            } else {
                must.add(userQuery(part));
            }
        }
        if (must.isEmpty()) {
            must.add(new JsonObject().put("match_all", new JsonObject()));
        }
        return new JsonObject().put("bool", new JsonObject().put("must", must).put("must_not", mustNot));
    }

    /**
     * Words and phrases look in the text fields (all the words of a phrase, in order); name fields in
     * the names of their labels' entities; the other prefixes are exact values.
     */
    private static JsonObject text(UserQuery.Text text) {
        if (text.field() == null || "title".equals(text.field())) {
            List<String> fields = text.field() == null ? TEXT_FIELDS : TITLE_FIELDS;
            return new JsonObject().put("multi_match", new JsonObject()
                    .put("query", text.text())
                    .put("fields", new JsonArray(fields))
                    .put("type", text.phrase() ? "phrase" : "best_fields")
                    .put("operator", "and"));
        }
        if (QueryParser.NAME_FIELDS.contains(text.field())) {
            List<String> labels = ArticleDocument.FACET_FIELDS.entrySet().stream()
                    .filter(facet -> "entity".equals(text.field()) || facet.getValue().equals(text.field())).map(Map.Entry::getKey).toList();
            return EntityQueries.named(labels, text.text());
        }
        return "story".equals(text.field()) ? term("storyId", text.text()) : exact(text.field(), text.text());
    }

    /** Sources and language codes, whatever letter case the user typed. */
    private static JsonObject exact(String field, String value) {
        return new JsonObject().put("term", new JsonObject().put(field, new JsonObject()
                .put("value", value).put("case_insensitive", true)));
    }

    private static JsonObject term(String field, String value) {
        return new JsonObject().put("term", new JsonObject().put(field, value));
    }
}
