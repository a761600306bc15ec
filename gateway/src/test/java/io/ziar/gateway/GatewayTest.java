package io.ziar.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(ServiceStubs.class)
class GatewayTest {

    private static final String KEY = "test-admin-key";

    WireMockServer services;

    @BeforeEach
    void reset() {
        services.resetAll();
    }

    private static RequestSpecification authorised() {
        return given().header("Authorization", "Bearer " + KEY);
    }

    @Test
    void callsWithoutAValidKeyAreRefusedBeforeReachingAnyService() {
        given().get("/api/v1/search?q=x").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", org.hamcrest.Matchers.equalTo("https://ziar.io/problems/unauthorized"));
        given().header("Authorization", "Bearer wrong-key").get("/api/v1/articles/a1").then().statusCode(401);
        given().header("Authorization", KEY).get("/api/v1/articles/a1").then().statusCode(401);
        services.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void bodiesReachTheServicesByteForByteAndInvalidUtf8StopsAtTheGateway() {
        services.stubFor(post("/api/v1/analyze").willReturn(okJson("{\"language\":\"ro\"}")));
        byte[] valid = "{\"text\":\"Știri din București\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        authorised().contentType(ContentType.JSON).body(valid).post("/api/v1/analyze").then().statusCode(200);
        services.verify(postRequestedFor(urlEqualTo("/api/v1/analyze")).withRequestBody(binaryEqualTo(valid)));

        // C0 AF is an overlong '/': Jackson would read it, a strict decoder does not
        byte[] invalid = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', 'a', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        for (String path : new String[] {"/api/v1/articles", "/api/v1/analyze"}) {
            authorised().contentType(ContentType.JSON).body(invalid).post(path)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.equalTo("https://ziar.io/problems/invalid-json"));
        }
        services.verify(0, postRequestedFor(urlEqualTo("/api/v1/articles")));
        services.verify(1, postRequestedFor(urlEqualTo("/api/v1/analyze")));
    }

    @Test
    void aChunkedBodyUnderTheLimitIsPassedOnWhole() {
        services.stubFor(post("/api/v1/articles").willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"abc\"}")));
        String body = "{\"text\":\"" + "Rusia a salutat joi cooperarea. ".repeat(2000) + "\"}";
        authorised().contentType(ContentType.JSON).body(new ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .post("/api/v1/articles")
                .then().statusCode(202);
        services.verify(postRequestedFor(urlEqualTo("/api/v1/articles")).withRequestBody(equalToJson(body)));
    }

    @Test
    void oversizedChunkedCompressedAndMalformedRequestsAreRefusedWithoutReachingAService() {
        authorised().contentType(ContentType.JSON).body(new ByteArrayInputStream(new byte[6 * 1024 * 1024]))
                .post("/api/v1/articles")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("https://ziar.io/problems/payload-too-large"));
        authorised().contentType(ContentType.JSON).header("Content-Encoding", "gzip").body("{\"text\":\"x\"}")
                .post("/api/v1/articles")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("https://ziar.io/problems/unsupported-media-type"));
        // a media type the endpoint does not take: the problem says which ones it does
        authorised().urlEncodingEnabled(false).contentType("text/csv").body("a,b")
                .post("/api/v1/articles:bulk")
                .then().statusCode(415).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.startsWith("This endpoint takes application/x-ndjson; the request's Content-Type is 'text/csv"))
                .body("field", org.hamcrest.Matchers.equalTo("Content-Type"));
        services.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aSizeThatIsNotANumberIsPassedOnForSearchToRefuse() {
        services.stubFor(get(urlPathEqualTo("/api/v1/search")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://ziar.io/problems/invalid-input\",\"status\":400,\"field\":\"size\"}")));
        authorised().get("/api/v1/search?q=x&size=1e9").then().statusCode(400).body("field", org.hamcrest.Matchers.equalTo("size"));
        services.verify(getRequestedFor(urlPathEqualTo("/api/v1/search")).withQueryParam("size", equalTo("1e9")));
    }

    @Test
    void pageKindsArePassedOnValueByValueAndAnUnknownOneComesBackAsSearchsProblemNamingKind() {
        services.stubFor(get(urlPathEqualTo("/api/v1/search")).willReturn(okJson("{\"total\":0,\"hits\":[]}")));
        authorised().get("/api/v1/search?q=x&kind=listing,forum&kind=Article").then().statusCode(200);
        var sent = services.findAll(getRequestedFor(urlPathEqualTo("/api/v1/search")));
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).queryParameter("kind").values()).containsExactly("listing,forum", "Article");
        authorised().get("/api/v1/search?q=x").then().statusCode(200);
        assertThat(services.findAll(getRequestedFor(urlPathEqualTo("/api/v1/search"))).get(1).getQueryParams())
                .as("no kind: every kind, as before").doesNotContainKey("kind");

        services.stubFor(get(urlPathEqualTo("/api/v1/search")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://ziar.io/problems/invalid-input\",\"status\":400,\"field\":\"kind\"}")));
        authorised().get("/api/v1/search?q=x&kind=blog").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("field", org.hamcrest.Matchers.equalTo("kind"));
        services.verify(getRequestedFor(urlPathEqualTo("/api/v1/search")).withQueryParam("kind", equalTo("blog")));
    }

    @Test
    void anArticleIsPassedToIngestAsSentAndTheAnswerComesBackAsItIs() {
        // ingest-service makes its Location absolute with its own, internal address: the client gets the path only
        services.stubFor(post("/api/v1/articles").willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withHeader("Location", "http://127.0.0.1:8081/api/v1/articles/abc")
                .withBody("{\"id\":\"abc\",\"status\":\"RECEIVED\",\"duplicate\":false}")));
        String body = "{\"text\":\"Rusia a salutat joi consolidarea cooperării militare cu Mali.\"}";

        String requestId = authorised().contentType(ContentType.JSON).body(body).post("/api/v1/articles")
                .then().statusCode(202)
                .header("Location", "/api/v1/articles/abc")
                .body("id", org.hamcrest.Matchers.equalTo("abc"))
                .header("X-Request-Id", notNullValue())
                .extract().header("X-Request-Id");

        services.verify(postRequestedFor(urlEqualTo("/api/v1/articles"))
                .withRequestBody(equalToJson(body))
                .withHeader("X-Request-Id", equalTo(requestId)));
    }

    @Test
    void aCallersRequestIdIsKeptAndPassedOn() {
        services.stubFor(get("/api/v1/articles/abc").willReturn(okJson("{\"id\":\"abc\"}")));
        authorised().header("X-Request-Id", "trace-me-42").get("/api/v1/articles/abc")
                .then().statusCode(200).header("X-Request-Id", "trace-me-42");
        services.verify(getRequestedFor(urlEqualTo("/api/v1/articles/abc")).withHeader("X-Request-Id", equalTo("trace-me-42")));
    }

    @Test
    void aServiceProblemReachesTheClientUnchanged() {
        String problem = "{\"type\":\"https://ziar.io/problems/invalid-input\",\"title\":\"Invalid input\",\"status\":400,"
                + "\"detail\":\"One of 'html' and 'text' is required\",\"field\":\"text\"}";
        services.stubFor(post("/api/v1/articles").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody(problem)));
        authorised().contentType(ContentType.JSON).body("{}").post("/api/v1/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", org.hamcrest.Matchers.equalTo("text"));
    }

    @Test
    void similarArticlesAndEntitiesAreRelayedToSearchForReaders() {
        String reader = authorised().contentType(ContentType.JSON).body("{\"name\":\"relay-reader\",\"role\":\"reader\"}")
                .post("/api/v1/admin/keys").then().statusCode(201).extract().path("key");
        services.stubFor(get(urlPathEqualTo("/api/v1/articles/abc/similar")).willReturn(okJson("{\"total\":1,\"hits\":[{\"id\":\"def\"}]}")));
        services.stubFor(get(urlPathEqualTo("/api/v1/entities")).willReturn(okJson("{\"entities\":[{\"canonical\":\"Serghei Lavrov\"}]}")));
        services.stubFor(get(urlPathEqualTo("/api/v1/entities/Serghei%20Lavrov")).willReturn(okJson("{\"canonical\":\"Serghei Lavrov\"}")));
        services.stubFor(get(urlPathEqualTo("/api/v1/entities/Nimeni")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));

        given().header("Authorization", "Bearer " + reader).queryParam("size", 3).get("/api/v1/articles/abc/similar")
                .then().statusCode(200).body("hits[0].id", org.hamcrest.Matchers.equalTo("def"));
        given().header("Authorization", "Bearer " + reader).queryParam("prefix", "serg").get("/api/v1/entities")
                .then().statusCode(200).body("entities[0].canonical", org.hamcrest.Matchers.equalTo("Serghei Lavrov"));
        given().header("Authorization", "Bearer " + reader).get("/api/v1/entities/Serghei Lavrov")
                .then().statusCode(200).body("canonical", org.hamcrest.Matchers.equalTo("Serghei Lavrov"));
        given().header("Authorization", "Bearer " + reader).get("/api/v1/entities/Nimeni")
                .then().statusCode(404).contentType("application/problem+json");
        services.verify(getRequestedFor(urlPathEqualTo("/api/v1/articles/abc/similar")).withQueryParam("size", equalTo("3")));
        services.verify(getRequestedFor(urlPathEqualTo("/api/v1/entities")).withQueryParam("prefix", equalTo("serg")));

        // Reindexing is for admins only; the job's answer comes back as it is.
        given().header("Authorization", "Bearer " + reader).post("/api/v1/admin/reindex").then().statusCode(403);
        services.verify(0, postRequestedFor(urlEqualTo("/api/v1/admin/reindex")));
        services.stubFor(post("/api/v1/admin/reindex").willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                .withHeader("Location", "/api/v1/admin/reindex/j1").withBody("{\"id\":\"j1\",\"status\":\"RUNNING\"}")));
        services.stubFor(get("/api/v1/admin/reindex/j1").willReturn(okJson("{\"id\":\"j1\",\"status\":\"DONE\"}")));
        authorised().post("/api/v1/admin/reindex").then().statusCode(202).header("Location", "/api/v1/admin/reindex/j1")
                .body("status", org.hamcrest.Matchers.equalTo("RUNNING"));
        authorised().get("/api/v1/admin/reindex/j1").then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("DONE"));
    }

    @Test
    void aSlowServiceIsAServiceUnavailableProblemWhenTheTimeoutExpires() {
        services.stubFor(get(urlPathEqualTo("/api/v1/search")).willReturn(okJson("{}").withFixedDelay(30_000)));
        Instant start = Instant.now();
        authorised().get("/api/v1/search?q=x").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", org.hamcrest.Matchers.equalTo("https://ziar.io/problems/service-unavailable"));
        // The test profile's timeout is 8 s (900 ms in production); a timed-out read is not retried.
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aServiceThatDropsTheConnectionIsAServiceUnavailableProblem() {
        services.stubFor(post("/api/v1/analyze").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        authorised().contentType(ContentType.JSON).body("{\"text\":\"x\"}").post("/api/v1/analyze")
                .then().statusCode(503).contentType("application/problem+json")
                .body(org.hamcrest.Matchers.not(containsString("Exception")));
    }

    @Test
    void anOversizedBodyIsRefusedWithAProblemBeforeAnyServiceSeesIt() {
        authorised().contentType(ContentType.JSON).body("{\"text\":\"" + "a".repeat(5 * 1024 * 1024 + 10) + "\"}")
                .post("/api/v1/articles")
                .then().statusCode(413).contentType("application/problem+json");
        services.verify(0, postRequestedFor(urlEqualTo("/api/v1/articles")));
    }

    @Test
    void publishesThePublicOpenApiDocumentAndTheWebPage() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/search"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/articles/{id}/similar"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/entities"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/entities/{canonical}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/admin/reindex"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/admin/reindex/{id}"))
                .body("paths.'/api/v1/search'.get.parameters.name", org.hamcrest.Matchers.hasItems("facet", "facetPrefix", "collapse", "kind"))
                .body("paths.'/api/v1/articles/{id}/similar'.get.parameters.name", org.hamcrest.Matchers.hasItems("size", "kind"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/articles"));
        given().get("/").then().statusCode(200).contentType(containsString("text/html"));
        services.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theOpenApiDocumentShowsTheProblemsAsTheyAreWritten() {
        String problem = "content.'application/problem+json'.examples";
        var api = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertThat(api.getString("paths.'/api/v1/articles/{id}/similar'.get.responses.'404'." + problem + ".'not-indexed'.value.type"))
                .isEqualTo("https://ziar.io/problems/not-found");
        assertThat(api.getString("paths.'/api/v1/articles:bulk'.post.responses.'400'." + problem + ".'nothing-to-ingest'.value.detail"))
                .contains("no article");
        assertThat(api.getString("paths.'/api/v1/analyze'.post.responses.'422'." + problem + ".'no-prose'.value.field"))
                .isEqualTo("text");
        assertThat(api.getString("paths.'/api/v1/articles'.post.responses.'400'." + problem + ".'wrong-type'.value.detail"))
                .isEqualTo("'text' must be a string, not 42");
        assertThat(api.getString("paths.'/api/v1/articles'.post.responses.'415'." + problem + ".'media-type'.value.detail"))
                .startsWith("This endpoint takes application/json");
    }

    @Test
    void reportsTheServicesBehindItWithoutDependingOnThemForItsOwnReadiness() {
        services.stubFor(get("/q/health/ready").willReturn(aResponse().withStatus(503)));
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/group/services").then().statusCode(503)
                .body("checks[0].data.'search-service'", org.hamcrest.Matchers.equalTo("DOWN: readiness answered 503"));
        // which check of the service failed, and what it said: here a producer that fails every record
        services.stubFor(get("/q/health/ready").willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"status":"DOWN","checks":[{"name":"opensearch","status":"UP","data":{"cluster":"green"}},
                        {"name":"messaging","status":"DOWN","data":{"articles-analyzed":"UP",
                        "articles-indexed":"DOWN: the last 3 messages failed, the last with NoSuchFileException: kafka-clients.jar"}}]}""")));
        given().get("/q/health/group/services").then().statusCode(503)
                .body("checks[0].data.'search-service'", org.hamcrest.Matchers.equalTo("DOWN: messaging (articles-indexed: "
                        + "DOWN: the last 3 messages failed, the last with NoSuchFileException: kafka-clients.jar)"));
        services.stubFor(get("/q/health/ready").willReturn(okJson("{\"status\":\"UP\"}")));
        given().get("/q/health/group/services").then().statusCode(200)
                .body("checks[0].data.'ingest-service'", org.hamcrest.Matchers.equalTo("UP"));
    }
}
