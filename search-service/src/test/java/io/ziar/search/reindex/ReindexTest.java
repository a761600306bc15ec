package io.ziar.search.reindex;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.ziar.testing.InMemoryChannels;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.PageKind;
import io.ziar.contracts.AnalyzedArticlePage;
import io.ziar.contracts.StoredArticle;
import io.ziar.search.support.IngestStub;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static io.ziar.search.support.Indexing.awaitHits;
import static io.ziar.search.support.Indexing.awaitIndexed;
import static io.ziar.search.support.Indexing.marker;
import static io.ziar.search.support.Indexing.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reindex against the real node, with ingest-service's stored articles stubbed, under a query loop:
 * every search answers, and answers with at least what was there before, while the new version is
 * filled, caught up and switched to; what was indexed live meanwhile is in it.
 */
@QuarkusTest
@TestProfile(ReindexTest.OwnIndex.class)
@QuarkusTestResource(value = IngestStub.class, restrictToAnnotatedClass = true)
@InMemoryChannels(incoming = "articles-analyzed", outgoing = "articles-indexed")
class ReindexTest {

    private static final String ALIAS = "test-reindex";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    /** An alias of its own: switching it never disturbs the other tests' index. */
    public static class OwnIndex implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ziar.search.alias", ALIAS, "ziar.search.index", ALIAS + "-v1", "ziar.search.reindex.poll", "300ms",
                    "ziar.search.reindex.page-size", "2");
        }
    }

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    WireMockServer ingest;

    private static AnalyzedArticle article(String id, String marker) {
        return new AnalyzedArticle(id, 1, null, "example.ro", "Reindexare " + id, null, null, "Corpul articolului " + marker, "ro",
                Instant.parse("2024-05-16T10:00:00Z"), List.of(), List.of(), List.of(), null, null, PageKind.ARTICLE);
    }

    private static String page(List<AnalyzedArticle> articles, String next) throws Exception {
        return JSON.writeValueAsString(new AnalyzedArticlePage(articles.stream().map(article -> new StoredArticle(article, null)).toList(), next));
    }

    @Test
    void searchesAnswerAllThroughAReindexAndNothingIndexedMeanwhileIsLost() throws Exception {
        String marker = marker();
        // Indexed live before: l1 and l2 are stored in ingest-service too, l0 not yet (its analysis is on its way).
        for (String id : List.of("l0", "l1", "l2")) {
            connector.source("articles-analyzed").send(List.of(article(id + "-" + marker, marker)));
            awaitIndexed(connector, id + "-" + marker, 1);
        }
        awaitHits(marker, 3);
        Set<String> before = Set.of("l0-" + marker, "l1-" + marker, "l2-" + marker);
        // Stored: l1, l2 and s1, which the live index has lost; the second page comes slowly.
        ingest.resetAll();
        ingest.stubFor(get(urlPathEqualTo("/internal/v1/analyzed-articles")).withQueryParam("after", absent())
                .willReturn(okJson(page(List.of(article("l1-" + marker, marker), article("l2-" + marker, marker)), "l2-" + marker))));
        ingest.stubFor(get(urlPathEqualTo("/internal/v1/analyzed-articles")).withQueryParam("after", equalTo("l2-" + marker))
                .willReturn(okJson(page(List.of(article("s1-" + marker, marker)), null)).withFixedDelay(4000)));
        String from = given().baseUri(openSearchUrl()).get("/_alias/" + ALIAS).then().extract().jsonPath()
                .getMap("").keySet().iterator().next().toString();

        AtomicBoolean looping = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        CompletableFuture<Void> loop = CompletableFuture.runAsync(() -> {
            while (looping.get()) {
                var response = given().queryParam("q", marker).queryParam("size", 20).get("/api/v1/search");
                searches.incrementAndGet();
                if (response.statusCode() != 200) {
                    wrong.add("status " + response.statusCode() + ": " + response.asString());
                } else if (!response.jsonPath().getList("hits.id").containsAll(before)) {
                    wrong.add("hits " + response.jsonPath().getList("hits.id"));
                }
            }
        });

        JsonPath job = given().post("/api/v1/admin/reindex").then().statusCode(202).extract().jsonPath();
        assertThat(job.getString("status")).isEqualTo("RUNNING");
        assertThat(job.getString("fromIndex")).isEqualTo(from);
        String to = job.getString("toIndex");
        given().post("/api/v1/admin/reindex").then().statusCode(409).contentType("application/problem+json");
        // Indexed live while the new version fills (its last page is on its way): written to both.
        await().atMost(Duration.ofSeconds(10)).until(() -> "FILLING".equals(given().get(job.getString("href")).jsonPath().getString("step")));
        connector.source("articles-analyzed").send(List.of(article("l3-" + marker, marker)));
        awaitIndexed(connector, "l3-" + marker, 1);

        JsonPath done = await().atMost(Duration.ofSeconds(60)).until(() -> given().get(job.getString("href")).then().statusCode(200)
                .extract().jsonPath(), status -> !"RUNNING".equals(status.getString("status")));
        looping.set(false);
        loop.get();
        assertThat(done.getString("status")).as(done.prettify()).isEqualTo("DONE");
        assertThat(done.getLong("stored")).isEqualTo(3);
        assertThat(done.getLong("caughtUp")).isGreaterThanOrEqualTo(4);
        assertThat(wrong).as("searches during the reindex (%d)", searches.get()).isEmpty();
        assertThat(searches.get()).isGreaterThan(5);

        assertThat(given().baseUri(openSearchUrl()).get("/_alias/" + ALIAS).then().extract().jsonPath().getMap("").keySet())
                .containsExactly(to);
        given().baseUri(openSearchUrl()).get("/_alias/" + ALIAS + "-next").then().statusCode(404);
        assertThat(search(marker).getList("hits.id")).containsExactlyInAnyOrder("l0-" + marker, "l1-" + marker, "l2-" + marker,
                "l3-" + marker, "s1-" + marker);
        // After the switch, writes go to the new version only.
        connector.source("articles-analyzed").send(List.of(article("l4-" + marker, marker)));
        awaitIndexed(connector, "l4-" + marker, 1);
        awaitHits(marker, 6);
        given().get("/api/v1/admin/reindex/unknown").then().statusCode(404).contentType("application/problem+json");
    }

    private static String openSearchUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.opensearch.url", String.class);
    }
}
