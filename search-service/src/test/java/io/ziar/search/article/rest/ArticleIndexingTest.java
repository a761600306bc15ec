package io.ziar.search.article.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.ziar.testing.InMemoryChannels;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.PageKind;
import io.ziar.contracts.Entity;
import io.ziar.contracts.IndexedArticle;
import io.ziar.nlp.pipeline.fingerprint.SimHash;
import io.ziar.search.article.indexing.ArticleDocument;
import io.ziar.search.article.query.Cursor;
import io.ziar.search.support.Indexing;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static io.ziar.search.support.Indexing.marker;
import static io.ziar.search.support.Indexing.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Against the real OpenSearch node (its own alias in tests), with the Kafka channels in memory. */
@QuarkusTest
@InMemoryChannels(incoming = "articles-analyzed", outgoing = "articles-indexed")
class ArticleIndexingTest {

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    private static AnalyzedArticle article(String id, int version, String title, String body) {
        return article(id, version, title, body, "ro", "example.ro");
    }

    private static AnalyzedArticle article(String id, int version, String title, String body, String language, String source) {
        return new AnalyzedArticle(id, version, "https://example.ro/" + id, source, title, null, null, body, language,
                Instant.parse("2024-05-16T10:00:00Z"),
                List.of(new Entity("Serghei Lavrov", "PERSON", "Serghei Lavrov", 0, 14)), List.of(), List.of(), null, null, PageKind.ARTICLE);
    }

    /** A Romanian page of that kind (null: analysed before pages had kinds). */

    private static AnalyzedArticle article(String id, String title, String body, PageKind kind) {
        return new AnalyzedArticle(id, 1, "https://example.ro/" + id, "example.ro", title, null, null, body, "ro",
                Instant.parse("2024-05-16T10:00:00Z"),
                List.of(new Entity("Serghei Lavrov", "PERSON", "Serghei Lavrov", 0, 14)), List.of(), List.of(), null, null, kind);
    }

    /** The tokens the test index's analyzer makes of a text, straight from OpenSearch's _analyze API. */
    private static List<String> analyze(String analyzer, String text) {
        return given().baseUri(ConfigProvider.getConfig().getValue("quarkus.rest-client.opensearch.url", String.class))
                .contentType("application/json")
                .body(Map.of("analyzer", analyzer, "text", text))
                .post("/" + ConfigProvider.getConfig().getValue("ziar.search.alias", String.class) + "/_analyze")
                .then().statusCode(200).extract().jsonPath().getList("tokens.token");
    }

    @Test
    void romanianLightAnalyzerGivesInflectedFormsWithAndWithoutDiacriticsOneToken() {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> analyze("ro_light", "x") != null);
        assertThat(analyze("ro_light", "cooperare cooperarii cooperării Cooperarea cooperării")).containsOnly("cooperar");
        assertThat(analyze("ro_light", "militară militare militara militarilor")).containsOnly("militar");
        assertThat(analyze("ro_light", "Moscova Moscovei moscovei")).containsOnly("moscov");
        assertThat(analyze("ro_light", "Rusia Rusiei rusiei")).containsOnly("rus");
        assertThat(analyze("ro_light", "funcția funcției funcții funcțiile")).containsOnly("funct");
        // Old cedilla spelling, comma-below, no diacritics: one token; "și"/"şi" are stopwords either way.
        assertThat(analyze("ro_light", "ţară țară tara")).containsOnly("tar");
        assertThat(analyze("ro_light", "şi și")).isEmpty();
        // Why ro_light exists: the node's Romanian stemmer splits the forms people use for one word.
        assertThat(analyze("ro_text", "cooperare cooperării Moscova Moscovei")).containsExactly("cooper", "cooperăr", "moscov", "moscove");
        assertThat(analyze("ro_text", "ştiinţific")).isEqualTo(analyze("ro_text", "științific"));
        assertThat(analyze("folded", "Ştiinţă știință stiinta")).containsOnly("stiinta");
    }

    @Test
    void inflectedFormsCedillasAndMissingDiacriticsFindTheSeedLikeArticle() {
        String marker = marker();
        String id = "ro-" + marker;
        index(article(id, 1, "Serghei Lavrov anunţă intensificarea cooperării militare cu Moscova",
                "Rusia a salutat joi consolidarea cooperării sale militare cu Mali. Ştiinţa şi tehnica " + marker));
        await().atMost(Duration.ofSeconds(30)).until(() -> search(marker).getList("hits.id").contains(id));

        for (String query : List.of("cooperare militară", "cooperarii militare", "cooperării militare", "Cooperarea", "Moscovei",
                "anunta", "anunță", "știința", "stiinta", "ştiinţa", "\"cooperare militară\"")) {
            assertThat(search(query + " " + marker).getList("hits.id")).as(query).containsExactly(id);
        }
        assertThat(search("cooperare navală " + marker).getList("hits.id")).isEmpty();
        String snippet = search("cooperarii militara " + marker).getString("hits[0].snippet");
        assertThat(snippet).contains("<mark>cooperării</mark>").contains("<mark>militare</mark>");
        assertThat(search("Moscovei " + marker).getString("hits[0].title")).contains("<mark>Moscova</mark>");
    }

    @Test
    void englishArticlesAreStemmedInEnglishAndOtherLanguagesFolded() {
        String marker = marker();
        connector.source("articles-analyzed").send(List.of(article("en-" + marker, 1, "Military cooperation", "Russia is cooperating " + marker, "en", "bbc.com")));
        connector.source("articles-analyzed").send(List.of(article("fr-" + marker, 1, "Coopération", "Élysée déclare " + marker, "fr", "lemonde.fr")));
        awaitIndexed("en-" + marker, 1);
        awaitIndexed("fr-" + marker, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> search(marker).getList("hits.id").size() == 2);

        assertThat(search("cooperate " + marker).getList("hits.id")).containsExactly("en-" + marker);
        assertThat(search("elysee declare " + marker).getList("hits.id")).containsExactly("fr-" + marker);
    }

    @Test
    void queriesUseTheSyntaxUsersKnowAndFacetsCountTheHits() {
        String marker = marker();
        connector.source("articles-analyzed").send(List.of(article("s1-" + marker, 1, "Lavrov la Moscova", "Cooperare militară " + marker, "ro", "g4media.ro")));
        connector.source("articles-analyzed").send(List.of(article("s2-" + marker, 1, "Lavrov la Chișinău", "Cooperare economică " + marker, "ro", "hotnews.ro")));
        index(article("s3-" + marker, 1, "Mali și Rusia", "Acord militar " + marker, "ro", "g4media.ro"));
        await().atMost(Duration.ofSeconds(30)).until(() -> search(marker).getList("hits.id").size() == 3);

        assertThat(search(marker + " -economică").getList("hits.id")).containsExactlyInAnyOrder("s1-" + marker, "s3-" + marker);
        assertThat(search(marker + " Moscova OR Mali").getList("hits.id")).containsExactlyInAnyOrder("s1-" + marker, "s3-" + marker);
        assertThat(search(marker + " source:G4Media.ro").getList("hits.id")).containsExactlyInAnyOrder("s1-" + marker, "s3-" + marker);
        assertThat(search(marker + " person:\"serghei lavrov\" title:Chisinau").getList("hits.id")).containsExactly("s2-" + marker);
        assertThat(search(marker + " \"cooperare economică\"").getList("hits.id")).containsExactly("s2-" + marker);

        JsonPath faceted = search(marker + " cooperare");
        assertThat(faceted.getList("facets.source.value")).containsExactly("g4media.ro", "hotnews.ro");
        assertThat(faceted.getList("facets.source.count", Integer.class)).containsExactly(1, 1);
        assertThat(faceted.getList("facets.date.count", Integer.class)).containsExactly(2);
        JsonPath inside = given().queryParam("q", marker).queryParam("facet", "source").queryParam("facetPrefix", "HOT")
                .get("/api/v1/search").then().statusCode(200).extract().jsonPath();
        assertThat(inside.getList("facets.source.value")).containsExactly("hotnews.ro");
    }

    @Test
    void cursorPagesReadOnePointInTimeWhileNewArticlesArrive() {
        String marker = marker();
        for (String prefix : List.of("b", "c", "d")) {
            index(article(prefix + "-" + marker, 1, "Pagina", "Text " + marker));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> search(marker).getList("hits.id").size() == 3);

        JsonPath first = page(marker, null);
        // Sorts before every hit already read: a live search_after would now repeat "b" on page 2.
        index(article("a-" + marker, 1, "Pagina", "Text " + marker));
        await().atMost(Duration.ofSeconds(30)).until(() -> search(marker).getList("hits.id").size() == 4);

        JsonPath second = page(marker, first.getString("next"));
        JsonPath third = page(marker, second.getString("next"));
        assertThat(List.of(first.getString("hits[0].id"), second.getString("hits[0].id"), third.getString("hits[0].id")))
                .containsExactly("b-" + marker, "c-" + marker, "d-" + marker);
        assertThat(second.getInt("total")).isEqualTo(3);
        assertThat(third.getString("next")).isNull();
        // A cursor whose point in time has gone (expired after its keep-alive) is a problem, not a 503.
        given().baseUri(ConfigProvider.getConfig().getValue("quarkus.rest-client.opensearch.url", String.class))
                .contentType("application/json").body(new JsonObject().put("pit_id", new JsonArray().add(Cursor.decode(first.getString("next")).pit())).encode())
                .delete("/_search/point_in_time").then().statusCode(200);
        given().queryParam("q", marker).queryParam("sort", "newest").queryParam("size", 1).queryParam("cursor", first.getString("next"))
                .get("/api/v1/search").then().statusCode(400).body("field", equalTo("cursor"));
    }

    private static JsonPath page(String query, String cursor) {
        var request = given().queryParam("q", query).queryParam("sort", "newest").queryParam("size", 1);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get("/api/v1/search").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void similarArticlesShareTheirWordsWithTheGivenOne() {
        String marker = marker();
        connector.source("articles-analyzed").send(List.of(article("m1-" + marker, 1, "Lavrov despre cooperarea militară cu Mali",
                "Ministrul rus de externe a salutat cooperarea militară cu Mali și livrările de armament " + marker)));
        connector.source("articles-analyzed").send(List.of(article("m2-" + marker, 1, "Mali primește armament rusesc",
                "Livrările de armament rusesc către Mali continuă, iar cooperarea militară se extinde " + marker)));
        index(article("m3-" + marker, 1, "Vremea de mâine",
                "Ploi în vestul țării și temperaturi scăzute " + marker));
        await().atMost(Duration.ofSeconds(30)).until(() -> search(marker).getList("hits.id").size() == 3);

        JsonPath similar = given().get("/api/v1/articles/m1-" + marker + "/similar").then().statusCode(200).extract().jsonPath();
        // Earlier runs left look-alikes in the test index: assert on this run's articles only.
        List<String> ids = similar.getList("hits.id");
        assertThat(ids).contains("m2-" + marker).doesNotContain("m1-" + marker);
        int unrelated = ids.indexOf("m3-" + marker);
        assertThat(unrelated == -1 || unrelated > ids.indexOf("m2-" + marker)).as("the weather ranks below the look-alike").isTrue();
        assertThat(similar.getString("hits[0].snippet")).contains("<mark>");
        // the words marked as shared are the ones that make the two alike, not Romanian function words
        String look = "m2-" + marker;
        String marked = similar.getString("hits.find { it.id == '" + look + "' }.snippet")
                + similar.getString("hits.find { it.id == '" + look + "' }.title");
        List<String> shared = java.util.regex.Pattern.compile("<mark>(.*?)</mark>").matcher(marked).results()
                .map(match -> match.group(1).toLowerCase(java.util.Locale.ROOT)).toList();
        assertThat(shared).contains("armament", "mali").doesNotContainAnyElementsOf(List.of("de", "cu", "și", "a", "în", "se", "iar"));
        given().queryParam("size", 0).get("/api/v1/articles/x/similar").then().statusCode(400).body("field", equalTo("size"));
    }

    @Test
    void similarArticlesOfAnUnknownIdAreANotFoundProblem() {
        given().get("/api/v1/articles/no-such-" + marker() + "/similar").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ziar.io/problems/not-found"));
    }

    @Test
    void collapsedStoriesShowOnceWithTheirSize() {
        String marker = marker();
        // one fingerprint of this run's own for both copies: near-duplicates of each other and of nothing else
        String fingerprint = SimHash.hex(ThreadLocalRandom.current().nextLong());
        for (String id : List.of("k1", "k2")) {
            connector.source("articles-analyzed").send(List.of(new AnalyzedArticle(id + "-" + marker, 1, null, "example.ro", "Aceeași știre",
                    null, null, "Preluată " + marker, "ro", Instant.parse("2024-05-16T10:00:00Z"), List.of(), List.of(), List.of(),
                    fingerprint, null, PageKind.ARTICLE)));
            awaitIndexed(id + "-" + marker, 1);
        }
        index(article("k3-" + marker, 1, "Altă știre", "Singură " + marker));
        await().atMost(Duration.ofSeconds(30)).until(() -> search(marker).getList("hits.id").size() == 3);

        JsonPath collapsed = given().queryParam("q", marker).queryParam("collapse", "story").queryParam("sort", "newest")
                .queryParam("size", 5).get("/api/v1/search").then().statusCode(200).extract().jsonPath();
        assertThat(collapsed.getList("hits.id")).containsExactly("k1-" + marker, "k3-" + marker);
        assertThat(collapsed.getList("hits.storySize", Integer.class)).containsExactly(2, 1);
        assertThat(collapsed.getString("next")).isNull();
        given().queryParam("collapse", "source").get("/api/v1/search").then().statusCode(400).body("field", equalTo("collapse"));
    }

    @Test
    void aQuerySyntaxErrorIsAProblemSayingWhere() {
        given().queryParam("q", "Lavrov \"cooperare").get("/api/v1/search").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("q"))
                .body("detail", containsString("unbalanced quote at position 8"));
        given().queryParam("q", "Rusia OR").get("/api/v1/search").then().statusCode(400).body("detail", containsString("position 7"));
        given().queryParam("q", "author:x").get("/api/v1/search").then().statusCode(400).body("detail", containsString("unknown field"));
        given().queryParam("facetPrefix", "Ser").get("/api/v1/search").then().statusCode(400).body("field", equalTo("facet"));
    }

    @Test
    void parametersThatAreNotNumbersOrDatesInRangeAreProblemsNamingThem() {
        for (String size : List.of("1e9", "-1", "0", "101", "99999999999999999999", "ten")) {
            given().queryParam("size", size).get("/api/v1/search").then().statusCode(400)
                    .contentType("application/problem+json").body("field", equalTo("size"));
        }
        given().queryParam("to", "+999999999-12-31T23:59:59Z").get("/api/v1/search").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("to"));
    }

    private IndexedArticle awaitIndexed(String id, int version) {
        return Indexing.awaitIndexed(connector, id, version);
    }

    /** Sends the article to the indexer and waits until it is indexed. */
    private void index(AnalyzedArticle article) {
        connector.source("articles-analyzed").send(List.of(article));
        awaitIndexed(article.id(), article.version());
    }

    @Test
    void indexedArticleIsFoundWithInflectedFormsAndAHighlightedSnippet() {
        String marker = marker();
        String id = "idx-" + marker;
        index(article(id, 1, "Serghei Lavrov anunță intensificarea cooperării militare",
                "Rusia a salutat joi consolidarea cooperării sale militare cu Mali. Cooperarea noastră se intensifică. " + marker));

        JsonPath found = await().atMost(Duration.ofSeconds(30)).until(() -> search("cooperare militară " + marker),
                json -> json.getList("hits.id").contains(id));
        assertThat(found.getString("hits[0].snippet")).contains("<mark>");
        assertThat(found.getString("hits[0].source")).isEqualTo("example.ro");
        assertThat(found.getList("facets.person.value")).contains("Serghei Lavrov");
        assertThat(search("Lavrov " + marker).getList("hits.id")).containsExactly(id);
        assertThat(search(marker).getList("hits.id")).containsExactly(id);
    }

    @Test
    void aSearchRepeatedOnAnUnchangedIndexIsAnsweredWithoutTheNodeAndTheNextArticleIsFoundWithinASecond() {
        String marker = marker();
        index(article("first-" + marker, 1, "Prima", "Text " + marker));
        JsonPath first = await().atMost(Duration.ofSeconds(30)).until(() -> search(marker), found -> found.getList("hits.id").size() == 1);

        long nodeQueries = nodeQueries();
        for (int i = 0; i < 5; i++) {
            JsonPath again = search(marker);
            assertThat(again.getList("hits.id")).isEqualTo(first.getList("hits.id"));
            assertThat(again.getString("hits[0].snippet")).isEqualTo(first.getString("hits[0].snippet"));
            assertThat(again.getMap("facets")).isEqualTo(first.getMap("facets"));
        }
        // One _msearch (a page and its counts: two shard queries) at most, should a refresh land between the searches.
        assertThat(nodeQueries() - nodeQueries).isLessThanOrEqualTo(2);

        index(article("second-" + marker, 1, "A doua", "Text " + marker));
        JsonPath both = await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50))
                .until(() -> search(marker), found -> found.getList("hits.id").size() == 2);
        assertThat(both.getInt("total")).isEqualTo(2);
    }

    /** The shard-level queries the node has run on the test index. */
    private static long nodeQueries() {
        return given().baseUri(ConfigProvider.getConfig().getValue("quarkus.rest-client.opensearch.url", String.class))
                .get("/" + ConfigProvider.getConfig().getValue("ziar.search.alias", String.class) + "/_stats/search")
                .then().statusCode(200).extract().jsonPath().getLong("_all.total.search.query_total");
    }

    @Test
    void markupInArticlesComesBackInert() {
        String marker = marker();
        String id = "xss-" + marker;
        index(article(id, 1, "<img src=x onerror=alert(1)> titlu",
                "Text <script>alert('x')</script> cu " + marker + " și <b>bold</b>."));

        JsonPath found = await().atMost(Duration.ofSeconds(30)).until(() -> search(marker),
                json -> json.getList("hits.id").contains(id));
        String snippet = found.getString("hits[0].snippet");
        String title = found.getString("hits[0].title");
        assertThat(snippet).contains("<mark>" + marker + "</mark>").doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(title).doesNotContain("<img").contains("&lt;img");
    }

    @Test
    void aReplayedOlderVersionNeverOverwritesANewerOne() {
        String marker = marker();
        String id = "ver-" + marker;
        connector.source("articles-analyzed").send(List.of(article(id, 2, "Versiunea nouă", "Textul nou " + marker)));
        awaitIndexed(id, 2);
        index(article(id, 1, "Versiunea veche", "Textul vechi " + marker));
        connector.source("articles-analyzed").send(List.of(article(id, 2, "Versiunea nouă", "Textul nou " + marker)));

        JsonPath found = await().atMost(Duration.ofSeconds(30)).until(() -> search(marker),
                json -> json.getList("hits.id").contains(id));
        assertThat(found.getList("hits.id")).containsExactly(id);
        assertThat(found.getString("hits[0].title")).isEqualTo("Versiunea nouă");
    }

    @Test
    void theKindFilterKeepsThePagesOfTheKindsAskedForAndTheArticlesIndexedBeforePagesHadKinds() {
        String marker = marker();
        String body = "Cooperarea militară cu Mali și livrările de armament rusesc continuă " + marker;
        index(article("ka-" + marker, "Lavrov despre cooperarea militară cu Mali", body, PageKind.ARTICLE));
        index(article("kl-" + marker, "Știri despre Mali: cooperare, armament", body, PageKind.LISTING));
        index(article("kf-" + marker, "Forum: armament pentru Mali?", body, PageKind.FORUM));
        // an analysis stored before the pipeline said what kind of page it was
        index(article("kn-" + marker, "Cooperarea cu Mali", body, null));
        // and a document the index has kept from before the field existed, as a reindex has not yet replaced it
        JsonObject older = ArticleDocument.of(article("ko-" + marker, "Armament pentru Mali", body, PageKind.ARTICLE), null, Instant.now());
        older.remove("pageKind");
        given().baseUri(ConfigProvider.getConfig().getValue("quarkus.rest-client.opensearch.url", String.class))
                .contentType("application/json").body(older.encode())
                .put("/" + ConfigProvider.getConfig().getValue("ziar.search.alias", String.class) + "/_doc/ko-" + marker
                        + "?version=1&version_type=external&refresh=wait_for")
                .then().statusCode(201);
        JsonPath all = await().atMost(Duration.ofSeconds(30)).until(() -> search(marker), found -> found.getList("hits.id").size() == 5);

        List<String> articles = List.of("ka-" + marker, "kn-" + marker, "ko-" + marker);
        assertThat(kinds(marker, "article").getList("hits.id")).containsExactlyInAnyOrderElementsOf(articles);
        assertThat(kinds(marker, "LISTING,forum").getList("hits.id")).containsExactlyInAnyOrder("kl-" + marker, "kf-" + marker);
        assertThat(kinds(marker, "listing", "Article").getList("hits.id")).containsExactlyInAnyOrder("ka-" + marker, "kn-" + marker,
                "ko-" + marker, "kl-" + marker);
        assertThat(kinds(marker, "product").getList("hits.id")).isEmpty();
        assertThat(all.getString("hits.find { it.id == 'kl-" + marker + "' }.pageKind")).isEqualTo("LISTING");
        assertThat(all.getString("hits.find { it.id == 'ko-" + marker + "' }.pageKind")).isEqualTo("ARTICLE");
        assertThat(all.getString("hits.find { it.id == 'kn-" + marker + "' }.pageKind")).isEqualTo("ARTICLE");
        Map<String, Integer> facet = new java.util.HashMap<>();
        all.getList("facets.kind", Map.class).forEach(value -> facet.put((String) value.get("value"), (Integer) value.get("count")));
        assertThat(facet).isEqualTo(Map.of("ARTICLE", 3, "LISTING", 1, "FORUM", 1));

        // similar articles keep to the kinds asked for too
        JsonPath similar = given().queryParam("kind", "listing").get("/api/v1/articles/ka-" + marker + "/similar")
                .then().statusCode(200).extract().jsonPath();
        assertThat(similar.getList("hits.id")).contains("kl-" + marker);
        assertThat(similar.getList("hits.pageKind")).containsOnly("LISTING");
        for (String wrong : List.of("articles", "article,blog")) {
            given().queryParam("kind", wrong).get("/api/v1/search").then().statusCode(400)
                    .contentType("application/problem+json").body("field", equalTo("kind"))
                    .body("type", equalTo("https://ziar.io/problems/invalid-input"));
            given().queryParam("kind", wrong).get("/api/v1/articles/ka-" + marker + "/similar").then().statusCode(400)
                    .body("field", equalTo("kind"));
        }
    }

    private static JsonPath kinds(String query, String... kinds) {
        return given().queryParam("q", query).queryParam("kind", (Object[]) kinds).get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void invalidParametersAreProblemsNamingTheParameter() {
        given().queryParam("size", 1000).get("/api/v1/search").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("size"));
        given().queryParam("from", "last week").get("/api/v1/search").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("from"));
        given().queryParam("sort", "oldest").get("/api/v1/search").then().statusCode(400)
                .body("field", equalTo("sort"));
        given().queryParam("cursor", "%%%").get("/api/v1/search").then().statusCode(400)
                .body("field", equalTo("cursor"));
    }
}
