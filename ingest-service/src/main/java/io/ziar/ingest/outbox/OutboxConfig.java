package io.ziar.ingest.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "ziar.outbox")
public interface OutboxConfig {

    /** Most events read and published in one transaction. */
    @WithDefault("200")
    int batchSize();

    /** How often the relay looks for new events; the bound on the time an event waits. */
    @WithDefault("100ms")
    Duration pollInterval();

    /** Put before every topic name; lets tests against a shared broker keep to their own topics. */
    Optional<String> topicPrefix();
}
