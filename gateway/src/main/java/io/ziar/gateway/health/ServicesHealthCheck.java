package io.ziar.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import io.ziar.gateway.analysis.client.NlpClient;
import io.ziar.gateway.article.client.IngestClient;
import io.ziar.gateway.search.client.SearchOperationsClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.function.Supplier;

/**
 * The readiness of each service behind the gateway, at {@code /q/health/group/services}. Kept out
 * of the gateway's own readiness on purpose: one service down must not take the whole API (and its
 * other endpoints) out of rotation.
 */
@HealthGroup("services")
@ApplicationScoped
public class ServicesHealthCheck implements AsyncHealthCheck {

    private final IngestClient ingest;
    private final NlpClient nlp;
    private final SearchOperationsClient search;

    public ServicesHealthCheck(@RestClient IngestClient ingest, @RestClient NlpClient nlp, @RestClient SearchOperationsClient search) {
        this.ingest = ingest;
        this.nlp = nlp;
        this.search = search;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.combine().all()
                .unis(ready(ingest::readiness), ready(nlp::readiness), ready(search::readiness))
                .with((ingestUp, nlpUp, searchUp) -> {
                    HealthCheckResponseBuilder response = HealthCheckResponse.named("services")
                            .withData("ingest-service", ingestUp)
                            .withData("nlp-service", nlpUp)
                            .withData("search-service", searchUp);
                    return response.status(ingestUp && nlpUp && searchUp).build();
                });
    }

    private static Uni<Boolean> ready(Supplier<Uni<? extends Response>> readiness) {
        return Uni.createFrom().deferred(readiness)
                .map((Response response) -> {
                    try (response) {
                        return response.getStatus() == Response.Status.OK.getStatusCode();
                    }
                })
                .onFailure().recoverWithItem(false);
    }
}
