package io.ziar.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The first acceptance case of the suite: the seed article, posted as text through the gateway,
 * goes through Kafka, the language pipeline and OpenSearch and is found by Romanian queries.
 */
class SeedArticleIT {

    private static final Path SEED = Path.of(System.getProperty("ziar.shared", "../../shared"),
            "data/seed/g4media-lavrov-mali.txt");
    private static final String TITLE = "Serghei Lavrov anunță intensificarea cooperării militare cu Mali";

    private static String seedText;

    @BeforeAll
    static void setUp() throws IOException {
        RestAssured.baseURI = System.getenv().getOrDefault("ZIAR_GATEWAY_URL", "http://127.0.0.1:8080");
        seedText = Files.readString(SEED, StandardCharsets.UTF_8);
    }

    private static RequestSpecification api() {
        return RestAssured.given().header("Authorization", "Bearer " + System.getenv("ZIAR_ADMIN_KEY"));
    }

    @Test
    void seedArticleIsAnalysedIndexedAndFound() {
        var accepted = api().contentType(ContentType.JSON).body(Map.of("text", seedText))
                .post("/api/v1/articles")
                .then().statusCode(202).extract();
        String id = accepted.path("id");
        // the gateway's own path, never ingest-service's internal address
        assertThat(accepted.header("Location")).isEqualTo("/api/v1/articles/" + id).isEqualTo(accepted.path("href"));

        JsonPath article = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api().get("/api/v1/articles/{id}", id).then().statusCode(200).extract().jsonPath(),
                        json -> "INDEXED".equals(json.getString("status")));
        assertThat(article.getString("title")).isEqualTo(TITLE);
        assertThat(article.getString("language")).isEqualTo("ro");
        assertThat(article.getString("body")).startsWith("Rusia a salutat joi").endsWith("pentru a forma ESA.");

        for (String query : List.of("cooperare militară", "Lavrov")) {
            JsonPath found = api().queryParam("q", query).get("/api/v1/search")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(found.getList("hits.id", String.class)).as("hits for %s", query).containsOnlyOnce(id);
            assertThat(found.getString("hits.find { it.id == '" + id + "' }.snippet")).contains("<mark>");
        }
    }

    @Test
    void aPoisonArticleIsMarkedFailedWithItsReasonAndTheOneBehindItIsIndexed() {
        String marker = "poison" + System.nanoTime();
        // A page with no article text in it: accepted (it is well-formed), but the pipeline throws on it.
        String poison = api().contentType(ContentType.JSON)
                .body(Map.of("url", "https://poison.example/" + marker, "html", "<html><body><img src='/photo.jpg'></body></html>"))
                .post("/api/v1/articles").then().statusCode(202).extract().path("id");
        String next = api().contentType(ContentType.JSON)
                .body(Map.of("text", "Articolul de după cel otrăvit, " + marker + ", ajunge în căutare ca oricare altul."))
                .post("/api/v1/articles").then().statusCode(202).extract().path("id");

        JsonPath failed = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api().get("/api/v1/articles/{id}", poison).then().statusCode(200).extract().jsonPath(),
                        json -> "FAILED".equals(json.getString("status")));
        assertThat(failed.getString("failureReason")).containsIgnoringCase("text");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api().get("/api/v1/articles/{id}", next).then().extract().path("status"), "INDEXED"::equals);
        assertThat(api().queryParam("q", marker).get("/api/v1/search").then().statusCode(200).extract()
                .jsonPath().getList("hits.id", String.class)).containsExactly(next);
    }

    @Test
    void aBulkOfPlainTextArticlesWithReferenceCodesEndsAllIndexed() {
        String marker = "bulkplain" + System.nanoTime();
        StringBuilder ndjson = new StringBuilder();
        int count = 300;
        for (int i = 0; i < count; i++) {
            // a title line, a blank line, one paragraph of sentences, a reference code after the last full stop
            String text = "Lucrări noi pe strada " + i + " din cartierul " + marker + "\n\n"
                    + "Primăria a anunțat că lucrările la strada " + i + " încep luni. Traficul va fi deviat pe străzile vecine. "
                    + "Locuitorii pot cere detalii la ghișeu. Ref. PMB-" + marker + "/" + i;
            ndjson.append("{\"text\":").append(jsonString(text)).append("}\n");
        }
        // no URL encoding: the colon of "articles:bulk" is part of the path
        String job = api().urlEncodingEnabled(false).contentType("application/x-ndjson").body(ndjson.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/articles:bulk").then().statusCode(202).extract().path("id");

        JsonPath done = await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1))
                .until(() -> api().get("/api/v1/jobs/{id}", job).then().statusCode(200).extract().jsonPath(),
                        json -> json.getInt("indexed") + json.getInt("failed") >= count);
        assertThat(done.getInt("failed")).isZero();
        assertThat(done.getInt("indexed")).isEqualTo(count);
        assertThat(api().queryParam("q", marker).get("/api/v1/search").then().statusCode(200).extract()
                .jsonPath().getInt("total")).isEqualTo(count);
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void postingTheSameArticleTwiceGivesOneIdAndOneHit() {
        String text = "Ziar end-to-end duplicate check. " + seedText;
        String first = api().contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/v1/articles").then().statusCode(202).extract().path("id");
        String second = api().contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/v1/articles").then().statusCode(202).extract().path("id");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void requestsWithoutAKeyAreRefusedWithAProblem() {
        RestAssured.given().get("/api/v1/search?q=Lavrov")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void invalidInputIsAProblemAndStoresNothing() {
        api().contentType(ContentType.JSON).body("{\"text\": ")
                .post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json");
        api().contentType(ContentType.JSON).body(Map.of("text", "x", "html", "<p>x</p>"))
                .post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
