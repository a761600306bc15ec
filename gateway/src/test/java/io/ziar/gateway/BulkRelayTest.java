package io.ziar.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class BulkRelayTest {

    private static final String KEY = "Bearer test-admin-key";

    WireMockServer services;

    @BeforeEach
    void reset() {
        services.resetAll();
    }

    @Test
    void anUploadWhoseServiceGoesAwayMidStreamIsAServiceUnavailableProblem() {
        services.stubFor(post("/api/v1/articles:bulk").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        given().urlEncodingEnabled(false).header("Authorization", KEY).contentType("application/x-ndjson")
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

        given().urlEncodingEnabled(false).header("Authorization", KEY).contentType("application/x-ndjson")
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

        given().header("Authorization", KEY).get("/api/v1/jobs/j1").then().statusCode(200)
                .body("indexed", org.hamcrest.Matchers.equalTo(2));
        given().header("Authorization", KEY).get("/api/v1/jobs/nope").then().statusCode(404)
                .contentType(containsString("problem"));
        given().get("/api/v1/jobs/j1").then().statusCode(401);
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern containing(String value) {
        return com.github.tomakehurst.wiremock.client.WireMock.containing(value);
    }
}
