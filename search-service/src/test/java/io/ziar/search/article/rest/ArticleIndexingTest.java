package io.ziar.search.article.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.Record;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.Entity;
import io.ziar.contracts.IndexedArticle;
import io.ziar.testing.InMemoryChannels;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Against the real OpenSearch node (its own alias in tests), with the Kafka channels in memory. */
@QuarkusTest
@QuarkusTestResource(value = InMemoryChannels.class, restrictToAnnotatedClass = true, initArgs = {
        @ResourceArg(name = "incoming", value = "articles-analyzed"),
        @ResourceArg(name = "outgoing", value = "articles-indexed")})
class ArticleIndexingTest {

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    private static AnalyzedArticle article(String id, int version, String title, String body) {
        return new AnalyzedArticle(id, version, "https://example.ro/" + id, "example.ro", title, null, null, body, "ro",
                Instant.parse("2024-05-16T10:00:00Z"),
                List.of(new Entity("Serghei Lavrov", "PERSON", "Serghei Lavrov", 0, 14)), List.of(), List.of(), null, null);
    }

    private IndexedArticle awaitIndexed(String id, int version) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> connector.sink("articles-indexed").received().stream()
                        .map(message -> message.getPayload() instanceof Record<?, ?> record ? record.value() : message.getPayload())
                        .map(IndexedArticle.class::cast)
                        .filter(indexed -> id.equals(indexed.id()) && indexed.version() == version)
                        .findFirst().orElse(null),
                indexed -> indexed != null);
    }

    private static JsonPath search(String query) {
        return given().queryParam("q", query).get("/api/v1/search").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void indexedArticleIsFoundWithInflectedFormsAndAHighlightedSnippet() {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String id = "idx-" + marker;
        connector.source("articles-analyzed").send(article(id, 1, "Serghei Lavrov anunță intensificarea cooperării militare",
                "Rusia a salutat joi consolidarea cooperării sale militare cu Mali. Cooperarea noastră se intensifică. " + marker));
        awaitIndexed(id, 1);

        JsonPath found = await().atMost(Duration.ofSeconds(30)).until(() -> search("cooperare militară " + marker),
                json -> json.getList("hits.id").contains(id));
        assertThat(found.getString("hits[0].snippet")).contains("<mark>");
        assertThat(found.getString("hits[0].source")).isEqualTo("example.ro");
        assertThat(found.getList("facets.person.value")).contains("Serghei Lavrov");
        assertThat(search("Lavrov " + marker).getList("hits.id")).containsExactly(id);
        assertThat(search(marker).getList("hits.id")).containsExactly(id);
    }

    @Test
    void markupInArticlesComesBackInert() {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String id = "xss-" + marker;
        connector.source("articles-analyzed").send(article(id, 1, "<img src=x onerror=alert(1)> titlu",
                "Text <script>alert('x')</script> cu " + marker + " și <b>bold</b>."));
        awaitIndexed(id, 1);

        JsonPath found = await().atMost(Duration.ofSeconds(30)).until(() -> search(marker),
                json -> json.getList("hits.id").contains(id));
        String snippet = found.getString("hits[0].snippet");
        String title = found.getString("hits[0].title");
        assertThat(snippet).contains("<mark>" + marker + "</mark>").doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(title).doesNotContain("<img").contains("&lt;img");
    }

    @Test
    void aReplayedOlderVersionNeverOverwritesANewerOne() {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String id = "ver-" + marker;
        connector.source("articles-analyzed").send(article(id, 2, "Versiunea nouă", "Textul nou " + marker));
        awaitIndexed(id, 2);
        connector.source("articles-analyzed").send(article(id, 1, "Versiunea veche", "Textul vechi " + marker));
        awaitIndexed(id, 1);
        connector.source("articles-analyzed").send(article(id, 2, "Versiunea nouă", "Textul nou " + marker));

        JsonPath found = await().atMost(Duration.ofSeconds(30)).until(() -> search(marker),
                json -> json.getList("hits.id").contains(id));
        assertThat(found.getList("hits.id")).containsExactly(id);
        assertThat(found.getString("hits[0].title")).isEqualTo("Versiunea nouă");
    }

    @Test
    void invalidParametersAreProblemsNamingTheParameter() {
        given().queryParam("size", 1000).get("/api/v1/search").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("size"));
        given().queryParam("from", "last week").get("/api/v1/search").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("from"));
        given().queryParam("sort", "oldest").get("/api/v1/search").then().statusCode(400)
                .body("field", equalTo("sort"));
        given().queryParam("cursor", "%%%").get("/api/v1/search").then().statusCode(400)
                .body("field", equalTo("cursor"));
    }
}
