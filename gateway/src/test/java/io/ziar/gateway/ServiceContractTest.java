package io.ziar.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
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

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
        assertThat(queryParameters(SearchParameters.class)).isNotEmpty();
        assertEveryParameterReachesSearch("/api/v1/search", "/api/v1/search", "/api/v1/search", SearchParameters.class);
    }

    @Test
    void everySimilarParameterReachesSearchService() {
        assertThat(pathParameters(SimilarParameters.class)).containsExactly("id");
        assertEveryParameterReachesSearch("/api/v1/articles/a 1/similar", "/api/v1/articles/a%201/similar",
                "/api/v1/articles/{id}/similar", SimilarParameters.class);
    }

    @Test
    void everyEntitySuggestionParameterReachesSearchService() {
        assertEveryParameterReachesSearch("/api/v1/entities", "/api/v1/entities", "/api/v1/entities", EntitySuggestionParameters.class);
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

    private static List<String> queryParameters(Class<?> parameters) {
        return declared(parameters, QueryParam.class, QueryParam::value);
    }

    private static List<String> pathParameters(Class<?> parameters) {
        return declared(parameters, PathParam.class, PathParam::value);
    }

    /** The names of the parameters a parameter class declares with that annotation. */
    private static <A extends Annotation> List<String> declared(Class<?> parameters, Class<A> annotation, Function<A, String> name) {
        return Arrays.stream(parameters.getDeclaredFields()).filter(field -> field.isAnnotationPresent(annotation))
                .map(field -> name.apply(field.getAnnotation(annotation))).toList();
    }

    /** A value of its own for each parameter, with characters that need encoding on the way. */
    private static Map<String, String> valuesFor(List<String> names) {
        return names.stream().collect(Collectors.toMap(name -> name, name -> name + " ș&=?", (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * A GET of {@code path} with a value of its own for each query parameter of {@code parameters}: the
     * service gets each once with the value sent and no other, and the public document lists them all.
     */
    private void assertEveryParameterReachesSearch(String path, String servicePath, String documentedPath, Class<?> parameters) {
        services.stubFor(get(urlPathEqualTo(servicePath)).willReturn(okJson("{}")));
        Map<String, String> sent = valuesFor(queryParameters(parameters));
        authorised().queryParams(sent).get(path).then().statusCode(200);
        List<LoggedRequest> received = services.findAll(getRequestedFor(urlPathEqualTo(servicePath)));
        assertThat(received).hasSize(1);
        Map<String, List<String>> query = received.get(0).getQueryParams().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().values()));
        assertThat(query).isEqualTo(sent.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> List.of(entry.getValue()))));
        List<String> documented = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath()
                .getList("paths.'" + documentedPath + "'.get.parameters.findAll { it.in == 'query' }.name");
        assertThat(documented).containsExactlyInAnyOrderElementsOf(sent.keySet());
    }
}
