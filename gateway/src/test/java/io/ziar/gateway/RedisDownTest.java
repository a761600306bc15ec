package io.ziar.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

/** With Redis unreachable, rate limiting fails open: calls go through uncounted, without RateLimit headers. */
@QuarkusTest
@QuarkusTestResource(ServiceStubs.class)
@TestProfile(RedisDownTest.NoRedis.class)
class RedisDownTest {

    WireMockServer services;

    public static class NoRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:1");
        }
    }

    @Test
    void callsGoThroughUncountedWhenRedisIsAway() {
        services.stubFor(get(urlPathEqualTo("/api/v1/search")).willReturn(okJson("{\"total\":0,\"hits\":[]}")));
        String reader = AccessTest.createKey("reader").get("key");
        Instant start = Instant.now();
        for (int i = 0; i < 8; i++) {
            given().header("Authorization", "Bearer " + reader).get("/api/v1/search?q=x").then().statusCode(200)
                    .header("RateLimit-Limit", nullValue());
        }
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(20));
    }
}
