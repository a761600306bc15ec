package io.ziar.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The readiness of each service behind the gateway, at {@code /q/health/group/services}: "UP", or
 * "DOWN" with the checks that failed and what they said (which Kafka channel, OpenSearch, the
 * database...), so that the view from outside tells which part of which service stopped. Kept out
 * of the gateway's own readiness on purpose: one service down must not take the whole API (and its
 * other endpoints) out of rotation.
 */
@HealthGroup("services")
@ApplicationScoped
public class ServicesHealthCheck implements AsyncHealthCheck {

    static final String UP = "UP";

    private final ReadinessClient ingest;
    private final ReadinessClient nlp;
    private final ReadinessClient search;

    /** The services' addresses are their REST clients' (Quarkus' own properties). */
    public ServicesHealthCheck(@ConfigProperty(name = "quarkus.rest-client.ingest.url") URI ingest,
                               @ConfigProperty(name = "quarkus.rest-client.nlp.url") URI nlp,
                               @ConfigProperty(name = "quarkus.rest-client.search.url") URI search,
                               ServicesHealthConfig config) {
        this.ingest = readinessOf(ingest, config);
        this.nlp = readinessOf(nlp, config);
        this.search = readinessOf(search, config);
    }

    private static ReadinessClient readinessOf(URI service, ServicesHealthConfig config) {
        long timeout = config.timeout().toMillis();
        return QuarkusRestClientBuilder.newBuilder().baseUri(service)
                .connectTimeout(timeout, TimeUnit.MILLISECONDS).readTimeout(timeout, TimeUnit.MILLISECONDS)
                // a 503 is an answer to report, not a failure
                .disableDefaultMapper(true)
                .build(ReadinessClient.class);
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.combine().all()
                .unis(ready(ingest), ready(nlp), ready(search))
                .with((ingestState, nlpState, searchState) -> HealthCheckResponse.named("services")
                        .withData("ingest-service", ingestState)
                        .withData("nlp-service", nlpState)
                        .withData("search-service", searchState)
                        .status(UP.equals(ingestState) && UP.equals(nlpState) && UP.equals(searchState))
                        .build());
    }

    private static Uni<String> ready(ReadinessClient service) {
        return Uni.createFrom().deferred(service::readiness)
                .map((Response response) -> {
                    try (response) {
                        if (response.getStatus() == Response.Status.OK.getStatusCode()) {
                            return UP;
                        }
                        return down(response.getStatus(), response.hasEntity() ? response.readEntity(String.class) : null);
                    }
                })
                .onFailure().recoverWithItem(failure -> "DOWN: unreachable (" + failure.getClass().getSimpleName() + ")");
    }

    /** "DOWN: " and the failed checks of a health document, each with the data that says why. */
    static String down(int status, String health) {
        List<String> failed = new ArrayList<>();
        try {
            JsonArray checks = new JsonObject(health).getJsonArray("checks", new JsonArray());
            for (int i = 0; i < checks.size(); i++) {
                JsonObject check = checks.getJsonObject(i);
                if (!UP.equals(check.getString("status"))) {
                    JsonObject data = check.getJsonObject("data", new JsonObject());
                    List<String> why = data.stream().filter(entry -> !UP.equals(String.valueOf(entry.getValue())))
                            .map(entry -> entry.getKey() + ": " + entry.getValue()).toList();
                    failed.add(check.getString("name") + (why.isEmpty() ? "" : " (" + String.join("; ", why) + ")"));
                }
            }
        } catch (RuntimeException notHealthJson) {
            // an answer that is no health document says no more than its status
        }
        return "DOWN: " + (failed.isEmpty() ? "readiness answered " + status : String.join(", ", failed));
    }
}
