package io.ziar.testing;

import io.quarkus.test.common.QuarkusTestResourceConfigurableLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

import java.util.HashMap;
import java.util.Map;

/** What {@link InMemoryChannels} does: the channels' configuration, and a clean connector afterwards. */
public class InMemoryChannelsResource implements QuarkusTestResourceConfigurableLifecycleManager<InMemoryChannels> {

    private String[] incoming = new String[0];
    private String[] outgoing = new String[0];

    @Override
    public void init(InMemoryChannels channels) {
        incoming = channels.incoming();
        outgoing = channels.outgoing();
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
}
