package io.ziar.search.support;

import io.ziar.testing.WireMockStubs;

import java.util.List;

/** A WireMock server standing in for ingest-service's stored articles (what a reindex reads). */
public class IngestStub extends WireMockStubs {

    @Override
    protected List<String> urlProperties() {
        return List.of("quarkus.rest-client.ingest.url");
    }
}
