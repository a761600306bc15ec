package io.ziar.search.article.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.ziar.testing.KafkaTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/**
 * Integration with the real broker and node: analysed in, searchable, confirmed on articles.indexed;
 * records that cannot be indexed go to the dead-letter topic with the reason, and the ones around them
 * are indexed all the same.
 */
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

    @Test
    void unreadableAndRefusedRecordsGoToTheDeadLetterTopicAndTheNextIsIndexed() {
        String marker = "kq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String unreadable = "unreadable-" + marker;
        String refused = "refused-" + marker;
        String next = "next-" + marker;
        KafkaTopics.send("test.articles.analyzed", unreadable, "not an article");
        // A keyword longer than Lucene's 32,766-byte term limit: the node refuses the document itself.
        KafkaTopics.send("test.articles.analyzed", refused, """
                {"id":"%s","version":3,"title":"Titlu","body":"Corp","language":"ro","source":"%s","entities":[],"quotes":[]}"""
                .formatted(refused, "s".repeat(40_000)));
        KafkaTopics.send("test.articles.analyzed", next, """
                {"id":"%s","version":1,"title":"Titlu","body":"Corp cu %s","language":"ro","source":"example.ro","entities":[],"quotes":[]}"""
                .formatted(next, marker));

        ConsumerRecord<String, String> first = KafkaTopics.await("test.articles.analyzed.dlq", r -> unreadable.equals(r.key()), Duration.ofSeconds(30));
        assertThat(reason(first)).as("why the record is not an article").containsIgnoringCase("json");
        ConsumerRecord<String, String> second = KafkaTopics.await("test.articles.analyzed.dlq", r -> refused.equals(r.key()), Duration.ofSeconds(30));
        assertThat(reason(second)).contains("immense term");
        assertThat(second.value()).contains("\"version\":3");
        KafkaTopics.await("test.articles.indexed", r -> next.equals(r.key()), Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("q", marker).get("/api/v1/search").then().statusCode(200).body("hits.id", hasItem(next)));
    }

    @Test
    void consumerLagIsAMetricPerConsumerGroup() {
        // the indexer's consumer is running once it has indexed something; its lag is then a gauge tagged with its group
        analysedArticleFromKafkaIsIndexedAndConfirmed();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(given().get("/q/metrics").then().statusCode(200)
                .extract().asString().lines()
                .filter(line -> line.startsWith("kafka_consumer_fetch_manager_records_lag_max{"))
                .filter(line -> line.contains("group=\"search-indexer\""))
                .toList()).as("records-lag-max of group search-indexer").isNotEmpty());
    }

    private static String reason(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }
}
