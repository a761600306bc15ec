package io.ziar.gateway.ratelimit.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/**
 * Rate limits per key, by role: a token bucket of {@code burst} tokens refilled at
 * {@code per-minute} tokens a minute, e.g. {@code ziar.gateway.rate-limit.roles.reader.burst=60}.
 */
@ConfigMapping(prefix = "ziar.gateway.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Put before every bucket's Redis key. */
    @WithDefault("ziar:ratelimit:")
    String keyPrefix();

    /** How long to wait for Redis before letting the request through (fail-open). */
    @WithDefault("250ms")
    Duration redisTimeout();

    /** By role name: reader, ingester, admin. */
    Map<String, Limit> roles();

    interface Limit {

        /** Most requests in a burst: the bucket's size. */
        int burst();

        /** Sustained requests a minute: the refill rate. */
        int perMinute();
    }
}
