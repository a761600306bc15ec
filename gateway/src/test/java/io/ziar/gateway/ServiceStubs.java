package io.ziar.gateway;

import io.ziar.testing.WireMockStubs;

import java.util.List;

/** One WireMock server standing in for ingest-service, nlp-service and search-service. */
public class ServiceStubs extends WireMockStubs {

    @Override
    protected List<String> urlProperties() {
        return List.of("quarkus.rest-client.ingest.url", "quarkus.rest-client.nlp.url", "quarkus.rest-client.search.url");
    }
}
