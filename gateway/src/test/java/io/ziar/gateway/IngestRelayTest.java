package io.ziar.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** Uploads (NDJSON, feed documents, WARC files), their jobs, feeds and revisions through the gateway: relayed as they are, for the roles that may. */
@QuarkusTest
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class IngestRelayTest {

    private static final String ADMIN = "Bearer test-admin-key";

    WireMockServer services;

    @BeforeEach
    void reset() {
        services.resetAll();
    }

    @Test
    void feedDocumentsAndWarcFilesAreRelayedWithTheirBodies() {
        String feed = "<rss version=\"2.0\"><channel><item><link>https://a.ro/1</link></item></channel></rss>";
        services.stubFor(post("/api/v1/feeds:ingest").willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withHeader("Location", "/api/v1/jobs/f1")
                .withBody("{\"id\":\"f1\",\"received\":1}")));
        String ingester = "Bearer " + AccessTest.createKey("ingester").get("key");
        given().urlEncodingEnabled(false).header("Authorization", ingester).contentType("application/rss+xml")
                .body(feed.getBytes(StandardCharsets.UTF_8)).post("/api/v1/feeds:ingest")
                .then().statusCode(202).header("Location", "/api/v1/jobs/f1");
        services.verify(postRequestedFor(urlEqualTo("/api/v1/feeds:ingest")).withRequestBody(equalTo(feed)));

        // not gzip: WireMock would try to inflate it to log it
        byte[] warc = "WARC/1.1\r\nWARC-Type: warcinfo\r\n\u00ff\u0000".getBytes(StandardCharsets.ISO_8859_1);
        services.stubFor(post("/api/v1/warc").willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"w1\"}")));
        given().header("Authorization", ingester).contentType("application/warc").body(warc).post("/api/v1/warc")
                .then().statusCode(202);
        services.verify(postRequestedFor(urlEqualTo("/api/v1/warc")).withRequestBody(binaryEqualTo(warc)));

        // An XXE problem from ingest-service reaches the client as it is.
        services.stubFor(post("/api/v1/feeds:ingest").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://ziar.io/problems/invalid-xml\",\"status\":400,\"field\":\"feed\"}")));
        given().urlEncodingEnabled(false).header("Authorization", ingester).contentType("application/xml")
                .body("<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss/>").post("/api/v1/feeds:ingest")
                .then().statusCode(400).contentType(containsString("problem"))
                .body("field", org.hamcrest.Matchers.equalTo("feed"));
    }

    @Test
    void feedsAreRegisteredListedAndDeletedThroughTheGateway() {
        services.stubFor(post("/api/v1/feeds").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("Location", "/api/v1/feeds/f1")
                .withBody("{\"id\":\"f1\",\"url\":\"https://a.ro/feed\"}")));
        services.stubFor(get("/api/v1/feeds").willReturn(okJson("[{\"id\":\"f1\"}]")));
        services.stubFor(get("/api/v1/feeds/f1").willReturn(okJson("{\"id\":\"f1\",\"lastStatus\":\"NOT_MODIFIED\"}")));
        services.stubFor(delete("/api/v1/feeds/f1").willReturn(aResponse().withStatus(204)));

        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(Map.of("url", "https://a.ro/feed"))
                .post("/api/v1/feeds").then().statusCode(201).header("Location", "/api/v1/feeds/f1");
        services.verify(postRequestedFor(urlEqualTo("/api/v1/feeds")).withRequestBody(containing("https://a.ro/feed")));
        given().header("Authorization", ADMIN).get("/api/v1/feeds").then().statusCode(200)
                .body("[0].id", org.hamcrest.Matchers.equalTo("f1"));
        given().header("Authorization", ADMIN).get("/api/v1/feeds/f1").then().statusCode(200)
                .body("lastStatus", org.hamcrest.Matchers.equalTo("NOT_MODIFIED"));
        given().header("Authorization", ADMIN).delete("/api/v1/feeds/f1").then().statusCode(204);
        services.verify(deleteRequestedFor(urlEqualTo("/api/v1/feeds/f1")));
    }

    @Test
    void readersReadRevisionsButDoNotIngest() {
        services.stubFor(get("/api/v1/articles/a1/revisions").willReturn(okJson("{\"id\":\"a1\",\"version\":2}")));
        String reader = "Bearer " + AccessTest.createKey("reader").get("key");

        given().header("Authorization", reader).get("/api/v1/articles/a1/revisions").then().statusCode(200)
                .body("version", org.hamcrest.Matchers.equalTo(2));
        given().urlEncodingEnabled(false).header("Authorization", reader).contentType("application/rss+xml").body("<rss/>")
                .post("/api/v1/feeds:ingest").then().statusCode(403);
        given().header("Authorization", reader).contentType("application/warc").body(new byte[]{1})
                .post("/api/v1/warc").then().statusCode(403);
        given().header("Authorization", reader).contentType(ContentType.JSON).body(Map.of("url", "https://a.ro/f"))
                .post("/api/v1/feeds").then().statusCode(403);
        given().header("Authorization", reader).get("/api/v1/feeds").then().statusCode(403);
        services.verify(0, anyRequestedFor(urlEqualTo("/api/v1/feeds:ingest")));
        services.verify(0, anyRequestedFor(urlEqualTo("/api/v1/warc")));
        services.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void theOpenApiDocumentDescribesTheNewEndpoints() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/feeds:ingest"))
                .body(containsString("/api/v1/feeds/{id}"))
                .body(containsString("/api/v1/warc"))
                .body(containsString("/api/v1/articles/{id}/revisions"))
                .body(containsString("DOCTYPE"));
    }

    @Test
    void anUploadWhoseServiceGoesAwayMidStreamIsAServiceUnavailableProblem() {
        services.stubFor(post("/api/v1/articles:bulk").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        given().urlEncodingEnabled(false).header("Authorization", ADMIN).contentType("application/x-ndjson")
                .body("{\"text\":\"x\"}\n".repeat(1000).getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/articles:bulk")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body(org.hamcrest.Matchers.not(containsString("Exception")));
    }

    @Test
    void bulkUploadIsRelayedWithItsBodyAndEncoding() {
        String body = "{\"text\":\"unu\"}\n{\"text\":\"doi\"}\n";
        services.stubFor(post("/api/v1/articles:bulk").willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withHeader("Location", "/api/v1/jobs/j1")
                .withBody("{\"id\":\"j1\",\"status\":\"PROCESSING\",\"received\":2}")));

        given().urlEncodingEnabled(false).header("Authorization", ADMIN).contentType("application/x-ndjson")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/articles:bulk")
                .then().statusCode(202)
                .header("Location", "/api/v1/jobs/j1")
                .body("id", org.hamcrest.Matchers.equalTo("j1"));

        services.verify(postRequestedFor(urlEqualTo("/api/v1/articles:bulk"))
                .withHeader("Content-Type", containing("application/x-ndjson"))
                .withRequestBody(equalTo(body)));
    }

    @Test
    void jobsAreRelayedWithTheirProblems() {
        services.stubFor(get("/api/v1/jobs/j1").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"j1\",\"indexed\":2}")));
        services.stubFor(get("/api/v1/jobs/nope").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));

        given().header("Authorization", ADMIN).get("/api/v1/jobs/j1").then().statusCode(200)
                .body("indexed", org.hamcrest.Matchers.equalTo(2));
        given().header("Authorization", ADMIN).get("/api/v1/jobs/nope").then().statusCode(404)
                .contentType(containsString("problem"));
        given().get("/api/v1/jobs/j1").then().statusCode(401);
    }
}
