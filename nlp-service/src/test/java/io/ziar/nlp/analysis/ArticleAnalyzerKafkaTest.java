package io.ziar.nlp.analysis;

import io.quarkus.test.junit.QuarkusTest;
import io.ziar.testing.KafkaTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Integration with the real broker: a record that is not an article goes to the dead-letter topic and the stream goes on. */
@QuarkusTest
class ArticleAnalyzerKafkaTest {

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheNextArticleIsAnalysed() {
        String poisonKey = "poison-" + UUID.randomUUID();
        String id = "kafka-" + UUID.randomUUID();
        KafkaTopics.send("test.articles.raw", poisonKey, "this is not an article");
        KafkaTopics.send("test.articles.raw", id, """
                {"id":"%s","version":1,"text":"Guvernul a aprobat joi proiectul bugetului pe anul viitor, după o ședință lungă.","receivedAt":"2024-05-16T10:00:00Z"}"""
                .formatted(id));

        ConsumerRecord<String, String> analyzed = KafkaTopics.await("test.articles.analyzed", r -> id.equals(r.key()), Duration.ofSeconds(30));
        assertThat(analyzed.value()).contains("\"language\":\"ro\"");

        ConsumerRecord<String, String> dead = KafkaTopics.await("test.articles.raw.dlq", r -> poisonKey.equals(r.key()), Duration.ofSeconds(30));
        assertThat(dead.headers().lastHeader("dead-letter-reason")).isNotNull();
        assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)).isNotBlank();
    }
}
