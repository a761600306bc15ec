package io.ziar.gateway.access.config;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

@ConfigMapping(prefix = "ziar.gateway")
public interface AccessConfig {

    /** The bootstrap admin key (ZIAR_ADMIN_KEY); without one, no request is let in. */
    Optional<String> adminKey();
}
