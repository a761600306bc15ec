package io.ziar.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.ziar.gateway.access.service.ApiKeyService;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * API keys and roles against the real PostgreSQL (database ziar_gateway_test), rate limits against
 * the real Redis; the services are WireMock stubs. Test limits: reader 5 a burst, ingester 8.
 */
@QuarkusTest
@QuarkusTestResource(ServiceStubs.class)
class AccessTest {

    private static final String ADMIN = "test-admin-key";
    private static final String PROBLEMS = "https://ziar.io/problems/";

    WireMockServer services;

    @Inject
    ApiKeyService keyService;

    @Inject
    RedisDataSource redis;

    @BeforeEach
    void stubServices() {
        services.resetAll();
        services.stubFor(get(urlPathEqualTo("/api/v1/search")).willReturn(okJson("{\"total\":0,\"hits\":[]}")));
        services.stubFor(get(urlPathMatching("/api/v1/articles/.*")).willReturn(okJson("{\"id\":\"a1\"}")));
        services.stubFor(post("/api/v1/articles").willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"a1\",\"status\":\"RECEIVED\"}")));
        services.stubFor(post("/api/v1/analyze").willReturn(okJson("{\"language\":\"ro\"}")));
    }

    static Map<String, String> createKey(String role) {
        var created = given().header("Authorization", "Bearer " + ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "test " + role + " " + UUID.randomUUID(), "role", role))
                .post("/api/v1/admin/keys")
                .then().statusCode(201).extract();
        Map<String, String> key = created.jsonPath().getMap("", String.class, String.class);
        // relative: the gateway's own path, whatever host name the client reached it by
        assertThat(created.header("Location")).isEqualTo("/api/v1/admin/keys/" + key.get("id"));
        return key;
    }

    private static ValidatableResponse call(String key, String method, String path) {
        var request = given().header("Authorization", "Bearer " + key);
        return switch (method) {
            case "GET" -> request.get(path).then();
            case "DELETE" -> request.delete(path).then();
            default -> request.contentType(ContentType.JSON).body("{\"text\":\"Rusia și Mali.\",\"name\":\"x\",\"role\":\"reader\"}")
                    .post(path).then();
        };
    }

    @Test
    void aKeyIsShownOnceListedWithoutItselfAndStopsWorkingWhenRevoked() {
        Map<String, String> created = createKey("reader");
        String key = created.get("key");
        String id = created.get("id");
        assertThat(key).startsWith("zk_").hasSizeGreaterThanOrEqualTo(40);
        assertThat(created).containsEntry("role", "reader").containsKey("createdAt");
        assertThat(key).startsWith(created.get("hint"));

        given().header("Authorization", "Bearer " + ADMIN).get("/api/v1/admin/keys").then().statusCode(200)
                .body("id", hasItem(id))
                .body("find { it.id == '" + id + "' }.key", nullValue())
                .body("find { it.id == '" + id + "' }.role", equalTo("reader"))
                .body("key", not(hasItem(key)));
        String listing = given().header("Authorization", "Bearer " + ADMIN).get("/api/v1/admin/keys").asString();
        assertThat(listing).doesNotContain(key.substring(8));

        call(key, "GET", "/api/v1/search?q=x").statusCode(200);
        given().header("Authorization", "Bearer " + ADMIN).delete("/api/v1/admin/keys/" + id).then().statusCode(204);
        call(key, "GET", "/api/v1/search?q=x").statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + ADMIN).delete("/api/v1/admin/keys/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "not-found"));
        given().header("Authorization", "Bearer " + ADMIN).get("/api/v1/admin/keys").then().body("id", not(hasItem(id)));
    }

    @Test
    void onlyTheHashOfAKeyIsStored() throws Throwable {
        String key = createKey("reader").get("key");
        List<String> hashes = VertxContextSupport.subscribeAndAwait(() -> keyService.list()
                .map(all -> all.stream().map(stored -> stored.keyHash).toList()));
        assertThat(hashes).contains(io.ziar.commons.crypto.Sha256.hex(key)).doesNotContain(key);
    }

    @Test
    void eachRoleReachesItsOwnEndpointsAndIsRefusedTheOthersWithAForbiddenProblem() {
        String reader = createKey("reader").get("key");
        call(reader, "GET", "/api/v1/search?q=x").statusCode(200);
        call(reader, "GET", "/api/v1/articles/a1").statusCode(200);
        call(reader, "POST", "/api/v1/analyze").statusCode(200);
        call(reader, "POST", "/api/v1/articles").statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "forbidden"));
        call(reader, "GET", "/api/v1/admin/keys").statusCode(403);

        String ingester = createKey("ingester").get("key");
        call(ingester, "POST", "/api/v1/articles").statusCode(202);
        call(ingester, "GET", "/api/v1/search?q=x").statusCode(200);
        call(ingester, "POST", "/api/v1/admin/keys").statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
        call(ingester, "DELETE", "/api/v1/admin/keys/whatever").statusCode(403);

        String admin = createKey("admin").get("key");
        call(admin, "POST", "/api/v1/articles").statusCode(202);
        call(admin, "GET", "/api/v1/admin/keys").statusCode(200);
        services.verify(2, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/api/v1/articles")));
    }

    @Test
    void bulkUploadsNeedAnIngesterKeyAndJobsAReaderKey() {
        services.stubFor(post("/api/v1/articles:bulk").willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"j1\"}")));
        services.stubFor(get("/api/v1/jobs/j1").willReturn(okJson("{\"id\":\"j1\"}")));
        String reader = createKey("reader").get("key");
        String ingester = createKey("ingester").get("key");
        bulk(reader).statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
        bulk(ingester).statusCode(202);
        call(reader, "GET", "/api/v1/jobs/j1").statusCode(200);
    }

    /** RestAssured would send the ':' of articles:bulk as %3A. */
    private static ValidatableResponse bulk(String key) {
        return given().urlEncodingEnabled(false).header("Authorization", "Bearer " + key)
                .contentType("application/x-ndjson").body("{\"text\":\"Rusia și Mali.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/articles:bulk").then();
    }

    @Test
    void missingMalformedUnknownAndRevokedKeysAreTheSameUnauthorizedProblem() {
        String revokedId = createKey("reader").get("id");
        given().header("Authorization", "Bearer " + ADMIN).delete("/api/v1/admin/keys/" + revokedId).then().statusCode(204);
        services.resetRequests();
        for (String header : new String[]{null, "Bearer ", "Basic dGVzdDp0ZXN0", "Bearer zk_" + "A".repeat(43), "Bearer " + ADMIN + "x"}) {
            var request = given();
            if (header != null) {
                request.header("Authorization", header);
            }
            request.get("/api/v1/admin/keys").then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("type", equalTo(PROBLEMS + "unauthorized"))
                    .body("detail", equalTo("Send a valid API key as 'Authorization: Bearer <key>'"));
        }
        services.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void invalidKeyRequestsAreProblemsNamingTheField() {
        given().header("Authorization", "Bearer " + ADMIN).contentType(ContentType.JSON).body(Map.of("name", "x", "role", "root"))
                .post("/api/v1/admin/keys").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("role"));
        given().header("Authorization", "Bearer " + ADMIN).contentType(ContentType.JSON).body(Map.of("role", "reader"))
                .post("/api/v1/admin/keys").then().statusCode(400).body("field", equalTo("name"));
        given().header("Authorization", "Bearer " + ADMIN).contentType(ContentType.JSON).body("{\"name\":\"x\",\"role\":\"reader\",\"key\":\"mine\"}")
                .post("/api/v1/admin/keys").then().statusCode(400).body("type", equalTo(PROBLEMS + "invalid-input"));
    }

    @Test
    void theBootstrapAdminKeyIsStoredOnceAndStaysRevokedWhenRevoked() throws Throwable {
        // ZIAR_ADMIN_KEY (test-admin-key here) was stored at start-up; storing it again changes nothing.
        assertThat(VertxContextSupport.subscribeAndAwait(() -> keyService.bootstrap(ADMIN))).isFalse();
        String fresh = "bootstrap-" + UUID.randomUUID();
        assertThat(VertxContextSupport.subscribeAndAwait(() -> keyService.bootstrap(fresh))).isTrue();
        assertThat(VertxContextSupport.subscribeAndAwait(() -> keyService.bootstrap(fresh))).isFalse();
        call(fresh, "GET", "/api/v1/admin/keys").statusCode(200);

        String id = VertxContextSupport.subscribeAndAwait(() -> keyService.list()).stream()
                .filter(stored -> stored.keyHash.equals(io.ziar.commons.crypto.Sha256.hex(fresh)))
                .findFirst().orElseThrow().id;
        call(fresh, "DELETE", "/api/v1/admin/keys/" + id).statusCode(204);
        assertThat(VertxContextSupport.subscribeAndAwait(() -> keyService.bootstrap(fresh))).isFalse();
        call(fresh, "GET", "/api/v1/admin/keys").statusCode(401);
    }

    @Test
    void aKeyOverItsRolesLimitGetsATooManyRequestsProblemWithRetryAfterAndRateLimitHeaders() {
        Map<String, String> reader = createKey("reader");
        for (int i = 4; i >= 0; i--) {
            call(reader.get("key"), "GET", "/api/v1/articles/a1").statusCode(200)
                    .header("RateLimit-Limit", "5")
                    .header("RateLimit-Remaining", String.valueOf(i))
                    .header("RateLimit-Reset", notNullValue());
        }
        call(reader.get("key"), "GET", "/api/v1/articles/a1").statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "rate-limited"))
                .header("Retry-After", notNullValue())
                .header("RateLimit-Limit", "5")
                .header("RateLimit-Remaining", "0");
        String retryAfter = call(reader.get("key"), "GET", "/api/v1/search?q=x").statusCode(429).extract().header("Retry-After");
        // 6 a minute: the next token comes within 10 s.
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 10);
        services.verify(5, anyRequestedFor(urlPathMatching("/api/v1/articles/.*")));

        // The bucket lives in Redis, where every gateway replica takes from it.
        assertThat(redis.key().exists("ziar-test:ratelimit:" + reader.get("id"))).isTrue();

        // Another key, another bucket; another role, another size.
        Map<String, String> ingester = createKey("ingester");
        for (int i = 0; i < 8; i++) {
            call(ingester.get("key"), "GET", "/api/v1/articles/a1").statusCode(200).header("RateLimit-Limit", "8");
        }
        call(ingester.get("key"), "GET", "/api/v1/articles/a1").statusCode(429);
    }

    @Test
    void theAdminEndpointsAreInThePublicOpenApiDocumentWithTheSecurityScheme() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/admin/keys'.post.responses.'201'", notNullValue())
                .body("paths.'/api/v1/admin/keys/{id}'.delete", notNullValue())
                .body("paths.'/api/v1/search'.get.responses.'429'.headers.'Retry-After'", notNullValue())
                .body("paths.'/api/v1/search'.get.responses.'401'", notNullValue())
                .body("components.securitySchemes.apiKey.scheme", equalTo("bearer"))
                .body("security[0].apiKey", notNullValue());
    }
}
