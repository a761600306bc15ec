package io.ziar.search.article.health;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.PageKind;
import io.ziar.testing.InMemoryChannels;
import jakarta.inject.Inject;
import org.apache.kafka.common.serialization.Serializer;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.ziar.search.support.Indexing.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The incident of issue 22 made in a test: the producer of articles.indexed fails on every record as
 * it did once its jar was replaced under the running service (a NoSuchFileException for kafka-clients),
 * while it stays connected to the broker. The service must then say it is neither ready nor live, naming
 * the channel, instead of UP.
 */
@QuarkusTest
@TestProfile(BrokenChannelHealthTest.BrokenProducer.class)
@InMemoryChannels(incoming = "articles-analyzed", outgoing = "articles-analyzed-dead-letters")
class BrokenChannelHealthTest {

    /** articles.indexed on the real broker, with a serializer that cannot read its own jar. */
    public static class BrokenProducer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "mp.messaging.outgoing.articles-indexed.value.serializer", UnreadableJarSerializer.class.getName(),
                    // at once: the producer's own retries would take its delivery timeout (2 minutes) to give up
                    // (and an idempotent producer must retry)
                    "mp.messaging.outgoing.articles-indexed.retries", "0",
                    "mp.messaging.outgoing.articles-indexed.enable.idempotence", "false");
        }
    }

    public static class UnreadableJarSerializer implements Serializer<Object> {
        @Override
        public byte[] serialize(String topic, Object data) {
            throw new UncheckedIOException(new NoSuchFileException("lib/main/org.apache.kafka.kafka-clients-4.1.2.jar"));
        }
    }

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Test
    void aProducerThatFailsEveryRecordMakesTheServiceNeitherReadyNorLive() {
        assertThat(messaging("/q/health/ready").getString("status")).isEqualTo("UP");
        String id = "broken-" + marker();
        connector.source("articles-analyzed").send(List.of(new AnalyzedArticle(id, 1, "https://example.ro/" + id, "example.ro",
                "Titlu", null, null, "Corp " + id, "ro", Instant.parse("2024-05-16T10:00:00Z"), List.of(), List.of(), List.of(),
                null, null, PageKind.ARTICLE)));

        // the indexer keeps trying to confirm the article; each attempt fails on the producer
        JsonPath ready = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> messaging("/q/health/ready"), check -> "DOWN".equals(check.getString("status")));
        assertThat(ready.getString("data.'articles-indexed'")).startsWith("DOWN: the last").contains("NoSuchFileException");
        assertThat(ready.getString("data.'articles-analyzed'")).isEqualTo("UP");
        given().get("/q/health/ready").then().statusCode(503);

        JsonPath live = messaging("/q/health/live");
        assertThat(live.getString("status")).isEqualTo("DOWN");
        assertThat(live.getString("data.'articles-indexed'")).contains("cannot recover without a restart");
        given().get("/q/health/live").then().statusCode(503);
    }

    /** The messaging check of a health document. */
    private static JsonPath messaging(String path) {
        String body = given().get(path).then().extract().asString();
        return new JsonPath(body).setRootPath("checks.find { it.name == 'messaging' }");
    }
}
