package io.ziar.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Swaps the named Kafka channels for in-memory ones, for tests of a service's own logic.
 * Arguments {@code incoming} and {@code outgoing}: comma-separated channel names.
 */
public class InMemoryChannels implements QuarkusTestResourceLifecycleManager {

    private String[] incoming = new String[0];
    private String[] outgoing = new String[0];

    @Override
    public void init(Map<String, String> args) {
        incoming = split(args.get("incoming"));
        outgoing = split(args.get("outgoing"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.putAll(InMemoryConnector.switchIncomingChannelsToInMemory(incoming));
        for (String channel : incoming) {
            // As with Kafka, consumers run on a Vert.x context (Hibernate Reactive needs one).
            config.put("mp.messaging.incoming." + channel + ".run-on-vertx-context", "true");
        }
        config.putAll(InMemoryConnector.switchOutgoingChannelsToInMemory(outgoing));
        return config;
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
    }

    private static String[] split(String names) {
        return names == null || names.isBlank() ? new String[0]
                : Arrays.stream(names.split(",")).map(String::strip).toArray(String[]::new);
    }
}
