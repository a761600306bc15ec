package io.ziar.search.article.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.ziar.testing.InMemoryChannels;
import io.ziar.search.support.OpenSearchStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@QuarkusTestResource(value = OpenSearchStub.class, restrictToAnnotatedClass = true)
@InMemoryChannels(incoming = "articles-analyzed", outgoing = "articles-indexed")
class SearchUnavailableTest {

    WireMockServer openSearch;

    @BeforeEach
    void resetStub() {
        openSearch.resetAll();
        openSearch.stubFor(get(urlPathMatching("/_alias/.*")).willReturn(okJson("{}")));
        openSearch.stubFor(put(urlPathMatching("/.*/_mapping")).willReturn(okJson("{\"acknowledged\":true}")));
        openSearch.stubFor(post(urlPathMatching("/.*/_search/point_in_time")).willReturn(okJson("{\"pit_id\":\"pit-1\"}")));
        openSearch.stubFor(get(urlPathMatching("/.*/_stats/refresh")).willReturn(okJson("""
                {"indices":{"test-articles-v3":{"total":{"refresh":{"total":1,"external_total":1}}}}}""")));
    }

    @Test
    void anOpenSearchErrorIsAServiceUnavailableProblemWithoutItsInternals() {
        openSearch.stubFor(post(urlPathEqualTo("/_msearch")).willReturn(aResponse().withStatus(500)
                .withBody("{\"error\":{\"type\":\"search_phase_execution_exception\",\"reason\":\"all shards failed\"}}")));
        assertUnavailableWithoutInternals();
    }

    @Test
    void aFailedSearchInsideTheMultiSearchIsAServiceUnavailableProblemToo() {
        openSearch.stubFor(post(urlPathEqualTo("/_msearch")).willReturn(okJson("""
                {"responses":[{"hits":{"total":{"value":0,"relation":"eq"},"hits":[]},"status":200},
                 {"error":{"type":"search_phase_execution_exception","reason":"all shards failed"},"status":503}]}""")));
        assertUnavailableWithoutInternals();
    }

    @Test
    void aNodeThatDoesNotAnswerInTimeIsAServiceUnavailableProblemAtTheDeadline() {
        openSearch.stubFor(post(urlPathEqualTo("/_msearch")).willReturn(okJson("{\"responses\":[]}").withFixedDelay(60_000)));
        Instant start = Instant.now();
        assertUnavailableWithoutInternals("Sangare");
        // the test profile's deadline is 5 s (800 ms in production), the node's answer would take 60
        assertThat(Duration.between(start, Instant.now())).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(20));
    }

    @Test
    void aFirstPageReadPastTheDeadlineIsStillKeptForTheSameSearchAskedAgain() {
        openSearch.stubFor(post(urlPathEqualTo("/_msearch")).willReturn(okJson("""
                {"responses":[{"hits":{"hits":[]},"status":200},
                 {"hits":{"total":{"value":0,"relation":"eq"},"hits":[]},"aggregations":{},"status":200}]}""")
                .withFixedDelay(6_000)));
        assertUnavailableWithoutInternals("Diop");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().queryParam("q", "Diop").get("/api/v1/search").then().statusCode(200).body("total", equalTo(0)));
        openSearch.verify(1, postRequestedFor(urlPathEqualTo("/_msearch")));
    }

    private static void assertUnavailableWithoutInternals() {
        assertUnavailableWithoutInternals("Lavrov");
    }

    private static void assertUnavailableWithoutInternals(String query) {
        given().queryParam("q", query).get("/api/v1/search").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ziar.io/problems/service-unavailable"))
                .body(not(containsString("shards")));
    }

    @Test
    void readinessIsDownWhileTheClusterIsRed() {
        openSearch.stubFor(get("/_cluster/health").willReturn(okJson("{\"status\":\"red\"}")));
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'opensearch' }.status", equalTo("DOWN"));
        openSearch.stubFor(get("/_cluster/health").willReturn(okJson("{\"status\":\"yellow\"}")));
        given().get("/q/health/ready").then().statusCode(200);
    }
}
