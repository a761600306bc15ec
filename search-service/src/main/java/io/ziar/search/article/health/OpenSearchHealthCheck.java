package io.ziar.search.article.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.ziar.search.article.client.OpenSearchClient;
import io.ziar.search.article.index.IndexManager;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Duration;

/** Ready when OpenSearch answers with a usable cluster and the article index exists. */
@Readiness
@ApplicationScoped
public class OpenSearchHealthCheck implements AsyncHealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final OpenSearchClient openSearch;
    private final IndexManager indexes;

    public OpenSearchHealthCheck(@RestClient OpenSearchClient openSearch, IndexManager indexes) {
        this.openSearch = openSearch;
        this.indexes = indexes;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return openSearch.clusterHealth()
                .flatMap(health -> indexes.ready().replaceWith(health.getString("status", "red")))
                .ifNoItem().after(TIMEOUT).fail()
                .map(status -> HealthCheckResponse.named("opensearch").status(!"red".equals(status))
                        .withData("cluster", status).build())
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named("opensearch").down()
                        .withData("error", String.valueOf(failure.getMessage())).build());
    }
}
