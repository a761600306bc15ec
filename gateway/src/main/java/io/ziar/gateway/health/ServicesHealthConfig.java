package io.ziar.gateway.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "ziar.gateway.services-health")
public interface ServicesHealthConfig {

    /** How long a service may take to answer its readiness before it counts as unreachable. */
    @WithDefault("900ms")
    Duration timeout();
}
