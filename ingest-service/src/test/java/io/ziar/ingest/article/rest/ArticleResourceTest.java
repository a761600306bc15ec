package io.ziar.ingest.article.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.PageKind;
import io.ziar.contracts.LeadImage;
import io.ziar.contracts.Entity;
import io.ziar.contracts.IndexedArticle;
import io.ziar.contracts.PersonalDataFlag;
import io.ziar.contracts.Quote;
import io.ziar.testing.InMemoryChannels;
import io.ziar.testing.JsonBatch;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@InMemoryChannels(incoming = {"articles-analyzed", "articles-indexed"}, outgoing = "outbox")
class ArticleResourceTest {

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Inject
    Pool pool;

    private static String uniqueText() {
        return "Rusia a salutat joi consolidarea cooperării militare cu Mali. " + UUID.randomUUID();
    }

    private static String submit(Map<String, Object> article) {
        return given().contentType(ContentType.JSON).body(article)
                .post("/api/v1/articles")
                .then().statusCode(202)
                .header("Location", notNullValue())
                .body("status", equalTo("RECEIVED"))
                .extract().path("id");
    }

    private long count(String table) {
        return pool.query("SELECT count(*) FROM " + table).execute().await().atMost(Duration.ofSeconds(5))
                .iterator().next().getLong(0);
    }

    @Test
    void acceptedArticleIsStoredAndPublishedThroughTheOutboxKeyedById() {
        String text = uniqueText();
        String id = submit(Map.of("text", text, "source", "g4media.ro", "publishedAt", "2024-05-16"));

        given().get("/api/v1/articles/{id}", id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("RECEIVED"))
                .body("source", equalTo("g4media.ro"))
                .body("publishedAt", equalTo("2024-05-16T00:00:00Z"));

        Message<?> published = await().atMost(Duration.ofSeconds(30)).until(
                () -> connector.<String>sink("outbox").received().stream()
                        .filter(m -> id.equals(m.getMetadata(OutgoingKafkaRecordMetadata.class).map(OutgoingKafkaRecordMetadata::getKey).orElse(null)))
                        .findFirst().orElse(null),
                message -> message != null);
        assertThat((String) published.getPayload()).contains("\"id\":\"" + id + "\"").contains(text.substring(0, 30));
        assertThat(published.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getTopic()).isEqualTo("test.articles.raw");
        await().atMost(Duration.ofSeconds(30)).until(() -> pool.preparedQuery("SELECT count(*) FROM outbox_event WHERE message_key = $1")
                .execute(Tuple.of(id)).await().indefinitely().iterator().next().getLong(0) == 0);
    }

    @Test
    void theSameArticleTwiceIsOneArticle() {
        String text = uniqueText();
        String first = submit(Map.of("text", text));
        String second = given().contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/v1/articles")
                .then().statusCode(202).body("duplicate", equalTo(true)).extract().path("id");
        assertThat(second).isEqualTo(first);

        String url = "https://example.ro/stire-" + UUID.randomUUID();
        String byUrl = submit(Map.of("url", url, "html", "<p>" + uniqueText() + "</p>"));
        String sameUrlTracked = given().contentType(ContentType.JSON)
                .body(Map.of("url", url + "?utm_source=newsletter", "html", "<p>" + uniqueText() + "</p>"))
                .post("/api/v1/articles").then().statusCode(202).extract().path("id");
        assertThat(sameUrlTracked).isEqualTo(byUrl);
    }

    @Test
    void statusMovesForwardOnlyWhateverOrderTheEventsArriveIn() {
        String id = submit(Map.of("text", uniqueText()));
        connector.source("articles-indexed").send(JsonBatch.of(new IndexedArticle(id, 1, Instant.now(), "story-" + id)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/articles/{id}", id).then().body("status", equalTo("INDEXED")).body("storyId", equalTo("story-" + id)));
        // A record from before stories were assigned changes nothing it does not know.
        connector.source("articles-indexed").send(JsonBatch.of(new IndexedArticle(id, 1, Instant.now())));

        connector.source("articles-analyzed").send(JsonBatch.of(new AnalyzedArticle(id, 1, null, "g4media.ro", "Titlul", null,
                "G4Media.ro", "Corpul articolului.", "ro", null,
                List.of(new Entity("Rusia", "GPE", "Rusia", 0, 5)), List.of(new Quote("Bine", "Serghei Lavrov", 0, 4)),
                List.of(new PersonalDataFlag("IBAN", 6, 10)), "00ff00ff00ff00ff", null, PageKind.LISTING)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/articles/{id}", id).then()
                        .body("title", equalTo("Titlul"))
                        .body("pageKind", equalTo("LISTING"))
                        .body("status", equalTo("INDEXED"))
                        .body("source", equalTo("g4media.ro"))
                        .body("entities[0].canonical", equalTo("Rusia"))
                        .body("quotes[0].speaker", equalTo("Serghei Lavrov"))
                        .body("personalData[0].kind", equalTo("IBAN"))
                        .body("storyId", equalTo("story-" + id)));
    }

    @Test
    void theDateBylineAndLeadImageOfThePageAreStoredWhenTheClientSentNoDateAndTheClientsDateWins() {
        String undated = submit(Map.of("text", uniqueText()));
        String dated = submit(Map.of("text", uniqueText(), "publishedAt", "2024-05-16"));
        LeadImage image = new LeadImage("https://example.ro/foto.jpg", "Podul, luni", "Foto: Ana Pop");
        for (String id : List.of(undated, dated)) {
            connector.source("articles-analyzed").send(JsonBatch.of(new AnalyzedArticle(id, 1, null, "example.ro", "Titlu", "Ana Pop", null,
                    "Corp.", "ro", Instant.parse("2023-01-02T08:00:00Z"), List.of(), List.of(), List.of(), "00ff00ff00ff00ff", image, PageKind.ARTICLE)));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get("/api/v1/articles/{id}", undated).then()
                    .body("publishedAt", equalTo("2023-01-02T08:00:00Z")).body("byline", equalTo("Ana Pop"))
                    .body("leadImage.url", equalTo(image.url())).body("leadImage.caption", equalTo(image.caption()))
                    .body("leadImage.credit", equalTo(image.credit()));
            given().get("/api/v1/articles/{id}", dated).then()
                    .body("publishedAt", equalTo("2024-05-16T00:00:00Z")).body("byline", equalTo("Ana Pop"));
        });
    }

    @Test
    void storedAnalysesArePagedInIdOrderForReindexing() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = submit(Map.of("text", uniqueText()));
            ids.add(id);
            connector.source("articles-analyzed").send(JsonBatch.of(new AnalyzedArticle(id, 1, null, "example.ro", "Titlu " + i, null, null,
                    "Corp " + i, "ro", null, List.of(new Entity("Rusia", "GPE", "Rusia", 0, 5)), List.of(), List.of(),
                    "00ff00ff00ff00f" + i, null, PageKind.ARTICLE)));
        }
        connector.source("articles-indexed").send(JsonBatch.of(new IndexedArticle(ids.get(0), 1, Instant.now(), "story-" + ids.get(0))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ids.forEach(id ->
                given().get("/api/v1/articles/{id}", id).then().body("status", org.hamcrest.Matchers.not("RECEIVED"))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/articles/{id}", ids.get(0)).then()
                .body("storyId", equalTo("story-" + ids.get(0))));

        List<String> sorted = ids.stream().sorted().toList();
        String before = sorted.get(0).substring(0, sorted.get(0).length() - 1);
        List<Map<String, Object>> seen = new java.util.ArrayList<>();
        String after = before;
        do {
            io.restassured.path.json.JsonPath page = given().queryParam("after", after).queryParam("limit", 2)
                    .get("/internal/v1/analyzed-articles").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("articles"));
            after = page.getString("next");
        } while (after != null && seen.stream().noneMatch(article -> sorted.get(2).equals(analysis(article).get("id"))));
        List<Object> seenIds = seen.stream().map(article -> analysis(article).get("id")).filter(ids::contains).toList();
        assertThat(seenIds).containsExactlyElementsOf(sorted);
        Map<String, Object> first = seen.stream().filter(article -> ids.get(0).equals(analysis(article).get("id"))).findFirst().orElseThrow();
        assertThat(first).containsEntry("storyId", "story-" + ids.get(0));
        assertThat(analysis(first)).containsEntry("fingerprint", "00ff00ff00ff00f0").containsEntry("version", 1)
                .containsEntry("title", "Titlu 0").doesNotContainKey("storyId");
        given().queryParam("limit", 0).get("/internal/v1/analyzed-articles").then().statusCode(400).body("field", equalTo("limit"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> analysis(Map<String, Object> storedArticle) {
        return (Map<String, Object>) storedArticle.get("analysis");
    }

    /** A row as the V21 migration left an analysis stored before it (columns moved into the document) reads as any other. */
    @Test
    void anAnalysisMovedByTheMigrationReadsAsStored() {
        String id = submit(Map.of("text", uniqueText()));
        pool.preparedQuery("""
                        UPDATE article SET analyzed_version = 1, status = 'ANALYZED', analysis = ('{"id": "' || id || '",
                            "url": null, "body": "Corp", "title": "Titlu", "byline": null, "quotes": [], "source": "x.ro",
                            "version": 1, "entities": [{"end": 6, "text": "Lavrov", "label": "PERSON", "start": 0,
                            "canonical": "Serghei Lavrov"}], "language": "ro", "siteName": null, "fingerprint": "abcdef0123456789",
                            "publishedAt": "2024-05-16T07:00:00.000000Z", "personalData": []}')::jsonb
                        WHERE id = $1""")
                .execute(Tuple.of(id)).await().indefinitely();
        given().get("/api/v1/articles/{id}", id).then().statusCode(200)
                .body("status", equalTo("ANALYZED")).body("title", equalTo("Titlu")).body("body", equalTo("Corp"))
                .body("entities[0].canonical", equalTo("Serghei Lavrov")).body("quotes", empty());
    }

    @Test
    void unknownArticleIsANotFoundProblem() {
        given().get("/api/v1/articles/{id}", "0000000000000000000000ff").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ziar.io/problems/not-found"));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() {
        long articles = count("article");
        long events = count("outbox_event");

        assertProblem("{\"text\": \"unterminated", 400, "invalid-json", null);
        assertProblem("{}", 400, "invalid-input", "text");
        assertProblem("{\"text\": \"a\", \"html\": \"<p>a</p>\"}", 400, "invalid-input", "html");
        assertProblem("{\"text\": \"a\", \"title\": \"not a field\"}", 400, "invalid-input", "title");
        assertProblem("{\"text\": \"a\", \"url\": 5}", 400, "invalid-input", "url");
        assertProblem("{\"text\": [\"a\"]}", 400, "invalid-input", "text");
        assertProblem("{\"text\": \"a\", \"url\": \"not a url\"}", 400, "invalid-input", "url");
        assertProblem("{\"text\": \"a\", \"publishedAt\": \"yesterday\"}", 400, "invalid-input", "publishedAt");
        assertProblem("{\"text\": \"" + "a".repeat(5 * 1024 * 1024 + 1) + "\"}", 413, "payload-too-large", null);

        assertThat(count("article")).isEqualTo(articles);
        assertThat(count("outbox_event")).isEqualTo(events);
    }

    @Test
    void problemsSayInPlainWordsWhatWasWrong() {
        given().contentType(ContentType.JSON).body("{\"text\": 42}").post("/api/v1/articles")
                .then().statusCode(400).body("field", equalTo("text"))
                .body("detail", equalTo("'text' must be a string, not 42"));
        given().contentType(ContentType.JSON).body("{\"text\": \"a\", \"url\": true}").post("/api/v1/articles")
                .then().statusCode(400).body("field", equalTo("url"))
                .body("detail", equalTo("'url' must be a string, not true"));
        // the endpoint's own media types, not the framework's words about an annotation
        given().contentType("text/plain").body("x").post("/api/v1/articles")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("https://ziar.io/problems/unsupported-media-type"))
                .body("field", equalTo("Content-Type"))
                .body("detail", org.hamcrest.Matchers.startsWith("This endpoint takes application/json; the request's Content-Type is 'text/plain"));
        given().urlEncodingEnabled(false).contentType("text/plain").body("x").post("/api/v1/articles:bulk")
                .then().statusCode(415)
                .body("detail", org.hamcrest.Matchers.startsWith("This endpoint takes application/x-ndjson or application/jsonl;"));
    }

    private static void assertProblem(String body, int status, String type, String field) {
        var response = given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/articles")
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ziar.io/problems/" + type))
                .body("detail", notNullValue())
                .extract();
        assertThat(response.body().asString()).doesNotContain("Exception").doesNotContain("\tat ");
        if (field != null) {
            assertThat(response.<String>path("field")).isEqualTo(field);
        }
    }
}
