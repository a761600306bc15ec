package io.ziar.ingest.job.service;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "ziar.bulk")
public interface BulkConfig {

    /** Lines stored (with their outbox rows and the job's counts) in one transaction. */
    @WithDefault("500")
    int batchSize();

    /** A longer NDJSON line is rejected (and skipped to its end) without being held in memory. */
    @WithDefault("6M")
    MemorySize maxLineSize();

    /**
     * A gzip upload may expand at most this many times its compressed size (past the first
     * max-line-size bytes): beyond it the upload is refused as a decompression bomb (413).
     */
    @WithDefault("100")
    long maxInflationRatio();

    /** At most this many {line|item|record, reason} samples are kept per job; the counts stay exact. */
    @WithDefault("100")
    int maxErrorSamples();

    /** How often GET /api/v1/jobs/{id}/events sends the job's state. */
    @WithDefault("1s")
    Duration eventInterval();
}
