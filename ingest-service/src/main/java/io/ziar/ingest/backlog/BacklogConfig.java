package io.ziar.ingest.backlog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How far the pipeline may fall behind the accepted articles before new ones are turned away. */
@ConfigMapping(prefix = "ziar.backlog")
public interface BacklogConfig {

    /** Accepted articles not yet analysed (still in the outbox, or in Kafka before nlp-service) at most. */
    @WithDefault("250000")
    int maxArticles();

    /** How often the backlog is counted. */
    @WithDefault("1s")
    Duration refreshInterval();

    /** What a turned-away client is told to wait. */
    @WithDefault("10s")
    Duration retryAfter();

    /** How long a bulk upload waits for room between batches before it gives up. */
    @WithDefault("10m")
    Duration maxBulkWait();
}
