package io.ziar.gateway.access.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "ziar.gateway")
public interface AccessConfig {

    /** The first admin key (ZIAR_ADMIN_KEY), stored (as its hash) at start-up when it is not there yet. */
    Optional<String> adminKey();

    Keys keys();

    interface Keys {

        /**
         * How long a verified (or refused) key is remembered in memory. A key revoked on another
         * replica stops working here within this time; on this replica at once.
         */
        @WithDefault("5s")
        Duration cacheTtl();

        /** How long a key's database lookup may take before the call is a 503 problem. */
        @WithDefault("2s")
        Duration lookupTimeout();

        /** Most keys remembered; past that the memory is cleared and refilled from the database. */
        @WithDefault("10000")
        int cacheSize();
    }
}
