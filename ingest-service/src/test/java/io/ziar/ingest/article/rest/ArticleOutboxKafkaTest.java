package io.ziar.ingest.article.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.ziar.testing.KafkaTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Integration with the real PostgreSQL and Kafka: outbox to broker, and status events back. */
@QuarkusTest
class ArticleOutboxKafkaTest {

    @Test
    void acceptedArticleReachesKafkaAndStatusEventsFromKafkaMoveIt() {
        String text = "Articol de integrare Kafka " + UUID.randomUUID();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String id = given().contentType(ContentType.JSON).body(Map.of("text", text, "language", "ro"))
                .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .post("/api/v1/articles").then().statusCode(202).extract().path("id");

        ConsumerRecord<String, String> raw = KafkaTopics.await("test.articles.raw", r -> id.equals(r.key()), Duration.ofSeconds(30));
        assertThat(raw.value()).contains(text).contains("\"language\":\"ro\"");
        // The record continues the trace of the POST that stored it (W3C trace context header).
        assertThat(raw.headers().lastHeader("traceparent")).isNotNull();
        assertThat(new String(raw.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                .startsWith("00-" + traceId + "-");

        KafkaTopics.send("test.articles.analyzed", id, """
                {"id":"%s","version":1,"title":"Titlu din Kafka","body":"%s","language":"ro","entities":[],"quotes":[],"futureField":1}"""
                .formatted(id, text));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/articles/{id}", id).then()
                .body("status", equalTo("ANALYZED")).body("title", equalTo("Titlu din Kafka")));

        KafkaTopics.send("test.articles.indexed", id, "not json: a poison record the consumer must skip");
        KafkaTopics.send("test.articles.indexed", id, """
                {"id":"%s","version":1,"indexedAt":"%s"}""".formatted(id, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/articles/{id}", id).then()
                .body("status", equalTo("INDEXED")));
    }

    @Test
    void statusEventsArrivingTogetherAllMoveTheirArticles() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(given().contentType(ContentType.JSON).body(Map.of("text", "Articol din lot " + i + " " + UUID.randomUUID(), "language", "ro"))
                    .post("/api/v1/articles").then().statusCode(202).extract().path("id"));
        }
        // in reverse order of their ids, as a poll may bring them: each batch takes its rows in id order
        List<String> reversed = ids.stream().sorted(Comparator.reverseOrder()).toList();
        for (String id : reversed) {
            KafkaTopics.send("test.articles.analyzed", id, """
                    {"id":"%s","version":1,"title":"Lot","body":"Text","language":"ro","entities":[],"quotes":[]}""".formatted(id));
            KafkaTopics.send("test.articles.indexed", id, """
                    {"id":"%s","version":1,"indexedAt":"%s"}""".formatted(id, Instant.now()));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(ids)
                .allSatisfy(id -> given().get("/api/v1/articles/{id}", id).then().body("status", equalTo("INDEXED")).body("title", equalTo("Lot"))));
    }
}
