package io.ziar.ingest.article.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * With a backlog bound of a few articles (nothing consumes this test's topic, so what is accepted
 * stays RECEIVED), new articles are turned away with a 503 and Retry-After, single and bulk alike,
 * and what was accepted before is kept.
 */
@QuarkusTest
@TestProfile(BackPressureTest.SmallBacklog.class)
class BackPressureTest {

    public static class SmallBacklog implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ziar.backlog.max-articles", "3", "ziar.backlog.refresh-interval", "100ms",
                    "ziar.backlog.retry-after", "7s");
        }
    }

    @Test
    void pastTheBoundNewArticlesGetA503WithRetryAfterAndAcceptedOnesStay() {
        List<String> accepted = new ArrayList<>();
        Response refused = await().atMost(Duration.ofSeconds(30)).until(() -> {
            Response response = given().contentType(ContentType.JSON)
                    .body(Map.of("text", "Articol în așteptare " + UUID.randomUUID())).post("/api/v1/articles");
            if (response.statusCode() == 202) {
                accepted.add(response.path("id"));
            }
            return response;
        }, response -> response.statusCode() == 503);

        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isEqualTo("7");
        assertThat(refused.<String>path("type")).endsWith("service-unavailable");

        // urlEncodingEnabled(false): RestAssured would send the ':' of articles:bulk as %3A, another path
        given().urlEncodingEnabled(false).contentType("application/x-ndjson")
                .body(("{\"text\": \"Un articol în bloc " + UUID.randomUUID() + "\"}\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/articles:bulk").then().statusCode(503).header("Retry-After", "7");

        for (String id : accepted) {
            given().get("/api/v1/articles/{id}", id).then().statusCode(200).body("status", equalTo("RECEIVED"));
        }
    }
}
