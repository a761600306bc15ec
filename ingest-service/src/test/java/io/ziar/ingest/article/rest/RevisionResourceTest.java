package io.ziar.ingest.article.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.ziar.contracts.IndexedArticle;
import io.ziar.ingest.article.service.ArticleDraft;
import io.ziar.testing.InMemoryChannels;
import io.ziar.testing.JsonBatch;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@InMemoryChannels(incoming = {"articles-analyzed", "articles-indexed"}, outgoing = "outbox")
class RevisionResourceTest {

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    private static io.restassured.response.ValidatableResponse submit(String url, String html) {
        return given().contentType(ContentType.JSON).body(Map.of("url", url, "html", html))
                .post("/api/v1/articles").then().statusCode(202);
    }

    private static String page(String text) {
        return "<html><head><title>Știre</title></head><body><p>" + text + "</p></body></html>";
    }

    private List<String> publishedPayloads(String id) {
        return connector.<String>sink("outbox").received().stream()
                .filter(m -> id.equals(m.getMetadata(OutgoingKafkaRecordMetadata.class).map(meta -> (String) meta.getKey()).orElse(null)))
                .map(m -> (String) m.getPayload()).toList();
    }

    @Test
    void changedContentUnderOneUrlIsANewVersionAndTheSameContentADuplicate() {
        String url = "https://example.ro/stiri/" + UUID.randomUUID();
        String first = page("Prima variantă " + UUID.randomUUID());
        String second = page("A doua variantă, corectată " + UUID.randomUUID());

        String id = submit(url, first).body("version", equalTo(1)).body("duplicate", equalTo(false)).extract().path("id");
        submit(url + "?utm_source=fb", second).body("id", equalTo(id)).body("version", equalTo(2)).body("duplicate", equalTo(false));
        submit(url, second).body("id", equalTo(id)).body("version", equalTo(2)).body("duplicate", equalTo(true));

        given().get("/api/v1/articles/{id}", id).then().statusCode(200).body("version", equalTo(2)).body("status", equalTo("RECEIVED"));
        given().get("/api/v1/articles/{id}/revisions", id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("version", equalTo(2))
                .body("revisions.version", contains(2, 1))
                .body("revisions.current", contains(true, false))
                .body("revisions[0].contentHash", not(equalTo(given().get("/api/v1/articles/{id}/revisions", id).path("revisions[1].contentHash"))));

        // Each version was published, keyed by the one article id, with its version for the index's external versioning.
        await().atMost(Duration.ofSeconds(30)).until(() -> publishedPayloads(id).size() == 2);
        assertThat(publishedPayloads(id)).anyMatch(p -> p.contains("\"version\":1")).anyMatch(p -> p.contains("\"version\":2"));
        given().get("/api/v1/articles/{id}/revisions", "no-such-article").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anOlderVersionsStatusEventsDoNotMoveTheNewOne() {
        String url = "https://example.ro/stiri/" + UUID.randomUUID();
        String id = submit(url, page("Unu " + UUID.randomUUID())).extract().path("id");
        submit(url, page("Doi " + UUID.randomUUID())).body("version", equalTo(2));

        connector.source("articles-indexed").send(JsonBatch.of(new IndexedArticle(id, 1, Instant.now())));
        connector.source("articles-indexed").send(JsonBatch.of(new IndexedArticle(id, 2, Instant.now())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/articles/{id}", id).then().body("status", equalTo("INDEXED")));

        String other = "https://example.ro/stiri/" + UUID.randomUUID();
        String otherId = submit(other, page("Trei " + UUID.randomUUID())).extract().path("id");
        submit(other, page("Patru " + UUID.randomUUID())).body("version", equalTo(2));
        String marker = submit("https://example.ro/stiri/" + UUID.randomUUID(), page("Cinci " + UUID.randomUUID()))
                .extract().path("id");
        connector.source("articles-indexed").send(JsonBatch.of(new IndexedArticle(otherId, 1, Instant.now())));
        // a marker event behind the stale one: once it is applied, the stale one was handled before it
        connector.source("articles-indexed").send(JsonBatch.of(new IndexedArticle(marker, 1, Instant.now())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/articles/{id}", marker).then().body("status", equalTo("INDEXED")));
        given().get("/api/v1/articles/{id}", otherId).then().body("status", equalTo("RECEIVED"));
    }

    @Test
    void anAmpPageAndItsCanonicalPageAreOneArticle() {
        String slug = UUID.randomUUID().toString();
        String canonical = "https://www.example.ro/stiri/" + slug;
        String amp = "<html amp><head><link rel=\"canonical\" href=\"" + canonical + "\"></head><body><p>AMP "
                + slug + "</p></body></html>";
        String id = submit("https://amp.example.ro/stiri/" + slug + "/amp", amp).body("version", equalTo(1)).extract().path("id");
        assertThat(id).isEqualTo(ArticleDraft.idOf(canonical));
        given().get("/api/v1/articles/{id}", id).then().body("url", equalTo(canonical));

        String full = "<html><head><link rel=\"amphtml\" href=\"https://amp.example.ro/stiri/" + slug
                + "/amp\"></head><body><p>Articolul întreg " + slug + "</p></body></html>";
        submit(canonical, full).body("id", equalTo(id)).body("version", equalTo(2));
    }

    @Test
    void aBulkUploadWithTwoVersionsOfOneUrlStoresBothAndIsDoneWhenTheLatestIsIndexed() {
        String url = "https://example.ro/bulk/" + UUID.randomUUID();
        String body = "{\"url\":\"" + url + "\",\"text\":\"Prima " + UUID.randomUUID() + "\"}\n"
                + "{\"url\":\"" + url + "\",\"text\":\"A doua " + UUID.randomUUID() + "\"}\n";
        String jobId = given().urlEncodingEnabled(false).contentType("application/x-ndjson")
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/articles:bulk").then().statusCode(202)
                .body("received", equalTo(2))
                .body("accepted", equalTo(2))
                .body("revisions", equalTo(1))
                .body("duplicates", equalTo(0))
                .extract().path("id");
        String id = ArticleDraft.idOf(url);
        given().get("/api/v1/articles/{id}/revisions", id).then().body("revisions", hasSize(2));

        connector.source("articles-indexed").send(JsonBatch.of(new IndexedArticle(id, 2, Instant.now())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/jobs/{id}", jobId).then()
                .body("indexed", equalTo(1))
                .body("superseded", equalTo(1))
                .body("status", equalTo("DONE")));
    }
}
