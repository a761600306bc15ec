package io.ziar.search.article.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.ziar.testing.KafkaTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/** Integration with the real broker and node: analysed in, searchable, confirmed on articles.indexed. */
@QuarkusTest
class ArticleIndexerKafkaTest {

    @Test
    void analysedArticleFromKafkaIsIndexedAndConfirmed() {
        String marker = "kq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String id = "kafka-" + marker;
        KafkaTopics.send("test.articles.analyzed", id, """
                {"id":"%s","version":1,"title":"Titlu","body":"Corp cu %s","language":"ro","source":"example.ro","entities":[],"quotes":[]}"""
                .formatted(id, marker));

        ConsumerRecord<String, String> indexed = KafkaTopics.await("test.articles.indexed", r -> id.equals(r.key()), Duration.ofSeconds(30));
        assertThat(indexed.value()).contains("\"version\":1");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("q", marker).get("/api/v1/search").then().statusCode(200).body("hits.id", hasItem(id)));
    }
}
