package io.ziar.search.support;

import io.ziar.testing.WireMockStubs;

import java.util.List;

/** A WireMock server standing in for OpenSearch, to make it fail in ways a real node rarely does. */
public class OpenSearchStub extends WireMockStubs {

    @Override
    protected List<String> urlProperties() {
        return List.of("quarkus.rest-client.opensearch.url");
    }
}
