package io.ziar.ingest.article.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.ziar.testing.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Dead-letter records from the pipeline mark their article version FAILED, with the reason; an indexed one stays indexed. */
@QuarkusTest
class ArticleFailureKafkaTest {

    private static String accept(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/v1/articles").then().statusCode(202).extract().path("id");
    }

    @Test
    void aDeadLetterFromNlpMarksTheArticleFailedWithTheReason() {
        String id = accept("Un articol pe care analiza nu îl poate citi " + UUID.randomUUID());
        KafkaTopics.send("test.articles.raw.dlq", id, "{\"id\":\"%s\",\"version\":1}".formatted(id),
                Map.of("dead-letter-reason", "No text left after extraction"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/articles/{id}", id).then()
                .body("status", equalTo("FAILED")).body("failureReason", equalTo("No text left after extraction")));
    }

    @Test
    void aDeadLetterForAnOlderVersionOrAnIndexedArticleChangesNothing() {
        String stale = accept("Un articol cu o versiune nouă " + UUID.randomUUID());
        KafkaTopics.send("test.articles.raw.dlq", stale, "{\"id\":\"%s\",\"version\":7}".formatted(stale),
                Map.of("dead-letter-reason", "an older attempt"));
        String indexed = accept("Un articol deja indexat " + UUID.randomUUID());
        KafkaTopics.send("test.articles.indexed", indexed, "{\"id\":\"%s\",\"version\":1,\"indexedAt\":\"%s\"}".formatted(indexed, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/articles/{id}", indexed).then()
                .body("status", equalTo("INDEXED")));
        KafkaTopics.send("test.articles.analyzed.dlq", indexed, "not json", Map.of("dead-letter-reason", "late noise"));

        // A later record on each topic is handled after the ones before it: once both show, those were seen.
        for (String topic : new String[] {"test.articles.raw.dlq", "test.articles.analyzed.dlq"}) {
            String marker = accept("Un articol martor " + UUID.randomUUID());
            KafkaTopics.send(topic, marker, "{\"id\":\"%s\",\"version\":1}".formatted(marker), Map.of("dead-letter-reason", "marker"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/articles/{id}", marker).then()
                    .body("status", equalTo("FAILED")));
        }
        given().get("/api/v1/articles/{id}", stale).then().body("status", equalTo("RECEIVED")).body("failureReason", nullValue());
        given().get("/api/v1/articles/{id}", indexed).then().body("status", equalTo("INDEXED")).body("failureReason", nullValue());
    }
}
