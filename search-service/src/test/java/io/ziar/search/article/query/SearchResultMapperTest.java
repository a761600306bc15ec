package io.ziar.search.article.query;

import io.vertx.core.json.JsonObject;
import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.PageKind;
import io.ziar.contracts.api.SearchResult;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchResultMapperTest {

    private static final JsonObject RESPONSE = new JsonObject("""
            {"hits": {"total": {"value": 10000, "relation": "gte"}, "hits": [
              {"_id": "a1", "_score": 2.5, "sort": [2.5, "a1"],
               "_source": {"id": "a1", "title": "T", "source": "g4media.ro", "language": "ro", "publishedAt": "2024-05-16T10:00:00Z"},
               "highlight": {"title": ["<mark>Lavrov</mark> &lt;b&gt;"], "body": ["a declarat <mark>Lavrov</mark>"]}},
              {"_id": "a2", "_score": 1.0, "sort": [1.0, "a2"],
               "_source": {"id": "a2", "source": "hotnews.ro", "language": "ro", "pageKind": "LISTING"}}]},
             "aggregations": {"source": {"buckets": [{"key": "g4media.ro", "doc_count": 7}, {"key": "hotnews.ro", "doc_count": 3}]}}}""");

    @Test
    void mapsHitsSnippetsTotalsAndFacets() {
        SearchResult result = SearchResultMapper.map(RESPONSE, 2, null);
        assertThat(result.total()).isEqualTo(10_000);
        assertThat(result.totalIsExact()).isFalse();
        assertThat(result.hits()).extracting(SearchResult.Hit::id).containsExactly("a1", "a2");
        SearchResult.Hit first = result.hits().get(0);
        assertThat(first.title()).isEqualTo("<mark>Lavrov</mark> &lt;b&gt;");
        assertThat(first.snippet()).isEqualTo("a declarat <mark>Lavrov</mark>");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2024-05-16T10:00:00Z"));
        assertThat(result.hits()).extracting(SearchResult.Hit::pageKind)
                .as("a document indexed before page kinds is an article").containsExactly(PageKind.ARTICLE, PageKind.LISTING);
        assertThat(result.facets().get("source")).containsExactly(
                new SearchResult.FacetValue("g4media.ro", 7), new SearchResult.FacetValue("hotnews.ro", 3));
        assertThat(result.facets()).containsKeys("person", "org", "gpe", "loc", "language");
    }

    @Test
    void aKeptPageContinuesInTheCurrentPointInTimeAfterTheSameHit() {
        SearchResult kept = SearchResultMapper.map(RESPONSE, 1, "pit-1");

        SearchResult served = SearchResultMapper.continuedIn(kept, "pit-2");

        assertThat(served.hits()).isEqualTo(kept.hits());
        assertThat(Cursor.decode(served.next()).pit()).isEqualTo("pit-2");
        assertThat(Cursor.decode(served.next()).searchAfter()).isEqualTo(Cursor.decode(kept.next()).searchAfter());
        assertThat(SearchResultMapper.continuedIn(kept, "pit-1")).isSameAs(kept);
        assertThat(SearchResultMapper.map(RESPONSE, 2, "pit-1").next()).isNull();
    }

    @Test
    void aPageWithMoreHitsBehindItHasACursorThatDecodesToItsLastHitsSortValues() {
        SearchResult more = SearchResultMapper.map(RESPONSE, 1, "pit-1");
        assertThat(more.hits()).extracting(SearchResult.Hit::id).containsExactly("a1");
        assertThat(Cursor.decode(more.next()).searchAfter().encode()).isEqualTo("[2.5,\"a1\"]");
        assertThat(Cursor.decode(more.next()).pit()).isEqualTo("pit-1");
        assertThat(SearchResultMapper.map(RESPONSE, 2, "pit-1").next()).isNull();
    }

    @Test
    void aCursorThatWasNotIssuedIsAProblemOnTheCursorParameter() {
        assertThatThrownBy(() -> Cursor.decode("not-a-cursor!"))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().field()).isEqualTo("cursor"));
    }
}
