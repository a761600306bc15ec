package io.ziar.search.article.query;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.ziar.contracts.PageKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryBuilderTest {

    private static SearchRequest request(String query, SearchRequest.Sort sort, Cursor cursor) {
        return new SearchRequest(query, "ro", "g4media.ro", "Serghei Lavrov", Set.of(), Instant.parse("2024-01-01T00:00:00Z"), null,
                sort, 20, cursor, null, null, false);
    }

    @Test
    void everyWordIsRequiredInSomeTextFieldWithTheFiltersApplied() {
        JsonObject body = SearchQueryBuilder.build(request("cooperare militară", SearchRequest.Sort.RELEVANCE, null));
        JsonObject bool = body.getJsonObject("query").getJsonObject("bool");
        JsonArray words = bool.getJsonArray("must").getJsonObject(0).getJsonObject("bool").getJsonArray("must");
        assertThat(words).hasSize(2);
        JsonObject first = words.getJsonObject(0).getJsonObject("multi_match");
        assertThat(first.getString("query")).isEqualTo("cooperare");
        assertThat(first.getString("type")).isEqualTo("best_fields");
        assertThat(first.getJsonArray("fields").getList()).contains("title^3", "body", "body_ro", "body_ro.light^0.7", "body_en");

        String filters = bool.getJsonArray("filter").encode();
        assertThat(filters).contains("{\"term\":{\"language\":\"ro\"}}")
                .contains("{\"term\":{\"source\":\"g4media.ro\"}}")
                .contains("{\"term\":{\"person\":\"Serghei Lavrov\"}}")
                .contains("\"publishedAt\":{\"gte\":\"2024-01-01T00:00:00Z\"}");
        assertThat(body.getInteger("size")).as("one more than the page, to know whether there is a next").isEqualTo(21);
        assertThat(body.getInteger("track_total_hits")).isEqualTo(10_000);
    }

    @Test
    void noQueryTextMatchesEverything() {
        JsonObject body = SearchQueryBuilder.build(new SearchRequest(null, null, null, null, Set.of(), null, null,
                SearchRequest.Sort.RELEVANCE, 10, null, null, null, false));
        assertThat(body.getJsonObject("query").encode()).contains("match_all");
        assertThat(body.getJsonObject("query").getJsonObject("bool").getJsonArray("filter")).isEmpty();
    }

    @Test
    void everySortEndsWithTheIdSoPagesAreStableAndTheCursorContinuesFromTheLastHit() {
        Cursor cursor = new Cursor(new JsonArray().add("2024-05-16T00:00:00Z").add("abc"), "pit-1");
        JsonObject body = SearchQueryBuilder.build(request(null, SearchRequest.Sort.NEWEST, cursor));
        JsonArray sort = body.getJsonArray("sort");
        assertThat(sort.getJsonObject(0).containsKey("publishedAt")).isTrue();
        assertThat(sort.getJsonObject(sort.size() - 1).containsKey("id")).isTrue();
        assertThat(body.getJsonArray("search_after")).isEqualTo(cursor.searchAfter());
        assertThat(body.getJsonObject("pit").getString("id")).isEqualTo("pit-1");
        assertThat(body.getJsonObject("pit").getString("keep_alive")).isEqualTo(SearchQueryBuilder.PIT_KEEP_ALIVE);
    }

    @Test
    void highlightsInMarkAndEscapesEverythingElseMarkingTheFilteredLanguagesMatches() {
        JsonObject highlight = SearchQueryBuilder.build(request("x", SearchRequest.Sort.RELEVANCE, null)).getJsonObject("highlight");
        assertThat(highlight.getString("encoder")).isEqualTo("html");
        assertThat(highlight.getJsonArray("pre_tags").getString(0)).isEqualTo("<mark>");
        assertThat(highlight.getJsonObject("fields").fieldNames()).contains("body", "title");
        assertThat(highlight.getJsonObject("fields").getJsonObject("body").getJsonArray("matched_fields").getList())
                .containsExactly("body", "body_ro", "body_ro.light");
        assertThat(highlight.getJsonObject("fields").getJsonObject("title").getJsonArray("matched_fields").getList())
                .containsExactly("title", "title_ro", "title_ro.light");
    }

    @Test
    void withoutALanguageFilterTheMatchesOfEveryLanguageAreMarked() {
        SearchRequest anyLanguage = new SearchRequest("x", null, null, null, Set.of(), null, null, SearchRequest.Sort.RELEVANCE, 20, null, null, null, false);
        JsonObject highlight = SearchQueryBuilder.build(anyLanguage).getJsonObject("highlight");
        assertThat(highlight.getJsonObject("fields").getJsonObject("body").getJsonArray("matched_fields").getList())
                .containsExactly("body", "body_ro", "body_ro.light", "body_en");
        assertThat(highlight.getJsonObject("fields").getJsonObject("title").getJsonArray("matched_fields").getList())
                .containsExactly("title", "title_ro", "title_ro.light", "title_en");
    }

    @Test
    void asksForEveryFacetAndADateHistogram() {
        JsonObject aggs = SearchQueryBuilder.build(request("x", SearchRequest.Sort.RELEVANCE, null)).getJsonObject("aggs");
        assertThat(aggs.fieldNames()).containsExactlyInAnyOrder("person", "org", "gpe", "loc", "source", "language", "kind", "date");
        assertThat(aggs.getJsonObject("date").getJsonObject("auto_date_histogram").getString("field")).isEqualTo("publishedAt");
        assertThat(aggs.getJsonObject("person").getJsonObject("terms").containsKey("include")).isFalse();
        JsonObject kinds = aggs.getJsonObject("kind").getJsonObject("terms");
        assertThat(kinds.getString("field")).isEqualTo("pageKind");
        assertThat(kinds.getString("missing")).as("documents indexed before page kinds count as articles").isEqualTo("ARTICLE");
        assertThat(kinds.getInteger("size")).isEqualTo(PageKind.values().length);
    }

    @Test
    void keepingArticlesKeepsTheDocumentsIndexedWithoutAKindAndOtherKindsAreATermsFilter() {
        JsonArray articles = SearchQueryBuilder.build(new SearchRequest("x", null, null, null, Set.of(PageKind.ARTICLE, PageKind.FORUM),
                null, null, SearchRequest.Sort.RELEVANCE, 10, null, null, null, false)).getJsonObject("query").getJsonObject("bool")
                .getJsonArray("filter");
        assertThat(articles).hasSize(1);
        JsonArray either = articles.getJsonObject(0).getJsonObject("bool").getJsonArray("should");
        assertThat(either.getJsonObject(0).getJsonObject("terms").getJsonArray("pageKind").getList()).containsExactly("ARTICLE", "FORUM");
        assertThat(either.getJsonObject(1).encode()).isEqualTo("{\"bool\":{\"must_not\":[{\"exists\":{\"field\":\"pageKind\"}}]}}");

        JsonArray listings = SearchQueryBuilder.build(new SearchRequest("x", null, null, null, Set.of(PageKind.LISTING),
                null, null, SearchRequest.Sort.RELEVANCE, 10, null, null, null, false)).getJsonObject("query").getJsonObject("bool")
                .getJsonArray("filter");
        assertThat(listings.encode()).isEqualTo("[{\"terms\":{\"pageKind\":[\"LISTING\"]}}]");

        JsonObject similar = SearchQueryBuilder.similar("a1", "ro", 10, Set.of(PageKind.ARTICLE)).getJsonObject("query");
        assertThat(similar.getJsonObject("bool").getJsonArray("must").getJsonObject(0).containsKey("more_like_this")).isTrue();
        assertThat(similar.getJsonObject("bool").getJsonArray("filter")).hasSize(1);
        assertThat(SearchQueryBuilder.similar("a1", "ro", 10, Set.of()).getJsonObject("query").containsKey("more_like_this"))
                .as("every kind: no filter").isTrue();
        assertThat(SearchQueryBuilder.similar("a1", "ro", 10, Set.of()).getJsonArray("_source").getList()).contains("pageKind");
    }

    @Test
    void facetPrefixNarrowsOnlyThatFacetInAnyLetterCase() {
        JsonObject aggs = SearchQueryBuilder.build(new SearchRequest("x", null, null, null, Set.of(), null, null,
                SearchRequest.Sort.RELEVANCE, 10, null, "person", "se.", false)).getJsonObject("aggs");
        assertThat(aggs.getJsonObject("person").getJsonObject("terms").getString("include")).isEqualTo("[sS][eE]\\..*");
        assertThat(aggs.getJsonObject("org").getJsonObject("terms").containsKey("include")).isFalse();
    }

    @Test
    void phrasesExclusionsAlternativesAndFieldPrefixesBecomeABoolQuery() {
        JsonObject query = SearchQueryBuilder.build(request("\"cooperare militară\" -Mali person:\"Serghei Lavrov\" Rusia OR Moscova",
                SearchRequest.Sort.RELEVANCE, null)).getJsonObject("query").getJsonObject("bool").getJsonArray("must").getJsonObject(0);
        JsonObject bool = query.getJsonObject("bool");
        JsonArray must = bool.getJsonArray("must");
        assertThat(must.getJsonObject(0).getJsonObject("multi_match").getString("type")).isEqualTo("phrase");
        assertThat(must.getJsonObject(1).getJsonObject("regexp").getJsonObject("entityName").getString("value"))
                .as("the words folded, whole, of a PERSON's name").isEqualTo("serghei\\ lavrov( [^\u001f]*)?\u001f(PERSON)");
        assertThat(must.getJsonObject(2).getJsonObject("bool").getJsonArray("should")).hasSize(2);
        assertThat(bool.getJsonArray("must_not").getJsonObject(0).getJsonObject("multi_match").getString("query")).isEqualTo("Mali");
    }

    @Test
    void entityFieldLooksInTheNamesOfEveryFacetLabel() {
        JsonObject query = SearchQueryBuilder.build(request("entity:Лавров", SearchRequest.Sort.RELEVANCE, null))
                .getJsonObject("query").getJsonObject("bool").getJsonArray("must").getJsonObject(0);
        assertThat(query.getJsonObject("regexp").getJsonObject("entityName").getString("value"))
                .isEqualTo("lavrov( [^\u001f]*)?\u001f(GPE|LOC|ORG|PERSON)");
    }

    @Test
    void aFirstPageAsksForItsHitsAndForItsCachedCountsSideBySide() {
        String[] lines = SearchQueryBuilder.firstPage(request("cooperare", SearchRequest.Sort.RELEVANCE, null), "pit-1").split("\n");
        assertThat(lines).hasSize(4);
        JsonObject page = new JsonObject(lines[1]);
        assertThat(page.getInteger("size")).isEqualTo(21);
        assertThat(page.getBoolean("track_total_hits")).as("the page need not count every match").isFalse();
        assertThat(page.containsKey("aggs")).isFalse();
        assertThat(page.containsKey("highlight")).isTrue();
        assertThat(new JsonObject(lines[2]).getBoolean("request_cache")).isTrue();
        JsonObject counts = new JsonObject(lines[3]);
        assertThat(counts.getInteger("size")).isZero();
        assertThat(counts.getInteger("track_total_hits")).isEqualTo(10_000);
        assertThat(counts.getJsonObject("aggs").fieldNames()).containsExactlyInAnyOrderElementsOf(SearchQueryBuilder.FACETS);
        assertThat(counts.getJsonObject("query")).isEqualTo(page.getJsonObject("query"));
        assertThat(page.getJsonObject("pit").getString("id")).as("hits and counts from one snapshot").isEqualTo("pit-1");
        assertThat(counts.getJsonObject("pit").getString("id")).isEqualTo("pit-1");
    }
}
