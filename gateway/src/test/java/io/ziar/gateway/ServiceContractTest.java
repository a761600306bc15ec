package io.ziar.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.ziar.contracts.api.AnalysisRequest;
import io.ziar.contracts.api.AnalysisResult;
import io.ziar.contracts.api.EntitySuggestionParameters;
import io.ziar.contracts.api.SearchParameters;
import io.ziar.contracts.api.SimilarParameters;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

/**
 * The gateway's side of the contract with the services: every parameter an endpoint declares (found
 * by reflection, so one added later is checked too) reaches the service with the value the client
 * sent, is in the public OpenAPI document, and nothing else is sent; the analysis' request and
 * result pass with every field.
 */
@QuarkusTest
@QuarkusTestResource(ServiceStubs.class)
class ServiceContractTest {

    WireMockServer services;

    @BeforeEach
    void reset() {
        services.resetAll();
    }

    private static RequestSpecification authorised() {
        return given().header("Authorization", "Bearer test-admin-key");
    }

    @Test
    void everySearchParameterReachesSearchService() {
        services.stubFor(get(urlPathEqualTo("/api/v1/search")).willReturn(okJson("{\"total\":0,\"hits\":[]}")));
        Map<String, String> sent = valuesFor(queryParameters(SearchParameters.class));
        assertThat(sent).hasSize(12);
        authorised().queryParams(sent).get("/api/v1/search").then().statusCode(200);
        assertReceived(getRequestedFor(urlPathEqualTo("/api/v1/search")), sent);
        assertDocumented("/api/v1/search", sent);
    }

    @Test
    void everySimilarParameterReachesSearchService() {
        services.stubFor(get(urlPathEqualTo("/api/v1/articles/a%201/similar")).willReturn(okJson("{\"total\":0,\"hits\":[]}")));
        assertThat(pathParameters(SimilarParameters.class)).containsExactly("id");
        Map<String, String> sent = valuesFor(queryParameters(SimilarParameters.class));
        authorised().queryParams(sent).get("/api/v1/articles/a 1/similar").then().statusCode(200);
        assertReceived(getRequestedFor(urlPathEqualTo("/api/v1/articles/a%201/similar")), sent);
        assertDocumented("/api/v1/articles/{id}/similar", sent);
    }

    @Test
    void everyEntitySuggestionParameterReachesSearchService() {
        services.stubFor(get(urlPathEqualTo("/api/v1/entities")).willReturn(okJson("{\"entities\":[]}")));
        Map<String, String> sent = valuesFor(queryParameters(EntitySuggestionParameters.class));
        authorised().queryParams(sent).get("/api/v1/entities").then().statusCode(200);
        assertReceived(getRequestedFor(urlPathEqualTo("/api/v1/entities")), sent);
        assertDocumented("/api/v1/entities", sent);
    }

    @Test
    void theAnalysisRequestAndResultPassWithEveryField() {
        JsonObject request = new JsonObject();
        for (RecordComponent field : AnalysisRequest.class.getRecordComponents()) {
            request.put(field.getName(), field.getName() + " ș");
        }
        JsonObject result = new JsonObject();
        for (RecordComponent field : AnalysisResult.class.getRecordComponents()) {
            result.put(field.getName(), field.getName());
        }
        services.stubFor(post("/api/v1/analyze").willReturn(okJson(result.encode())));

        JsonPath answer = authorised().contentType(ContentType.JSON).body(request.encode()).post("/api/v1/analyze")
                .then().statusCode(200).extract().jsonPath();

        services.verify(postRequestedFor(urlEqualTo("/api/v1/analyze")).withRequestBody(equalToJson(request.encode())));
        assertThat(answer.getMap("")).isEqualTo(result.getMap());
        JsonPath api = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertThat(api.getMap("components.schemas.AnalysisRequest.properties").keySet()).isEqualTo(request.fieldNames());
        assertThat(api.getMap("components.schemas.AnalysisResult.properties").keySet()).isEqualTo(result.fieldNames());
    }

    /** The query parameters a parameter class declares. */
    private static List<String> queryParameters(Class<?> parameters) {
        return Arrays.stream(parameters.getDeclaredFields()).filter(field -> field.isAnnotationPresent(QueryParam.class))
                .map(field -> field.getAnnotation(QueryParam.class).value()).toList();
    }

    private static List<String> pathParameters(Class<?> parameters) {
        return Arrays.stream(parameters.getDeclaredFields()).filter(field -> field.isAnnotationPresent(PathParam.class))
                .map(field -> field.getAnnotation(PathParam.class).value()).toList();
    }

    /** A value of its own for each parameter, with characters that need encoding on the way. */
    private static Map<String, String> valuesFor(List<String> names) {
        return names.stream().collect(Collectors.toMap(name -> name, name -> name + " ș&=?", (a, b) -> a, LinkedHashMap::new));
    }

    /** The service got each parameter once with the value sent, and no other parameter. */
    private void assertReceived(RequestPatternBuilder request, Map<String, String> sent) {
        List<LoggedRequest> received = services.findAll(request);
        assertThat(received).hasSize(1);
        Map<String, List<String>> parameters = received.get(0).getQueryParams().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().values()));
        assertThat(parameters).isEqualTo(sent.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> List.of(entry.getValue()))));
    }

    private static void assertDocumented(String path, Map<String, String> sent) {
        List<String> documented = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath()
                .getList("paths.'" + path + "'.get.parameters.findAll { it.in == 'query' }.name");
        assertThat(documented).containsExactlyInAnyOrderElementsOf(sent.keySet());
    }
}
