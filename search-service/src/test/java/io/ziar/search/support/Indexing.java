package io.ziar.search.support;

import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.Record;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.ziar.contracts.IndexedArticle;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** What the tests against the real node share: unique markers, waiting for a confirmation, searching. */
public final class Indexing {

    private Indexing() {
    }

    /** A word no other test run has written, to find this run's articles among earlier runs'. */
    public static String marker() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** The articles.indexed confirmation of that article version, once the in-memory sink has it. */
    public static IndexedArticle awaitIndexed(InMemoryConnector connector, String id, int version) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> connector.sink("articles-indexed").received().stream()
                        .map(message -> message.getPayload() instanceof Record<?, ?> record ? record.value() : message.getPayload())
                        .map(IndexedArticle.class::cast)
                        .filter(indexed -> id.equals(indexed.id()) && indexed.version() == version)
                        .findFirst().orElse(null),
                indexed -> indexed != null);
    }

    public static JsonPath search(String query) {
        return given().queryParam("q", query).get("/api/v1/search").then().statusCode(200).extract().jsonPath();
    }

    /** Waits until a search for {@code query} has {@code hits} hits (the node refreshes once a second). */
    public static JsonPath awaitHits(String query, int hits) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> search(query), found -> found.getList("hits.id").size() == hits);
    }
}
