package io.ziar.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A WireMock server standing in for the neighbours a service calls: every configuration property
 * named by {@link #urlProperties()} points at it, and tests get it injected as a WireMockServer field.
 */
public abstract class WireMockStubs implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    /** The base-URL properties (e.g. quarkus.rest-client.x.url) to point at the stub. */
    protected abstract List<String> urlProperties();

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return urlProperties().stream().collect(Collectors.toMap(Function.identity(), property -> server.baseUrl()));
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.MatchesType(WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
