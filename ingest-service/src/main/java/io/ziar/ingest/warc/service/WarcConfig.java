package io.ziar.ingest.warc.service;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ziar.warc")
public interface WarcConfig {

    /** A response whose HTML payload is longer is rejected (and skipped without being held). */
    @WithDefault("6M")
    MemorySize maxPayloadSize();
}
