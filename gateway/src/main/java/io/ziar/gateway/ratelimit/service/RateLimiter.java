package io.ziar.gateway.ratelimit.service;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import io.ziar.gateway.ratelimit.config.RateLimitConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;


/**
 * A token bucket per key in Redis, updated by one Lua script so that every gateway replica shares
 * it atomically; the script reads Redis' own clock, so replicas' clocks do not matter.
 * <p>
 * When Redis does not answer within {@code redis-timeout} the request goes through uncounted
 * (fail-open): the keys are verified already, and the services stay protected by the gateway's
 * bulkheads and circuit breakers, so losing Redis degrades limiting, not the API. A warning is
 * logged at most once a minute while it lasts.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final long WARN_EVERY_NANOS = 60_000_000_000L;

    /** Returns {allowed (0|1), tokens left (floor), ms until a token, ms until full}. */
    static final String SCRIPT = """
            local burst = tonumber(ARGV[1])
            local per_ms = tonumber(ARGV[2]) / 60000
            local clock = redis.call('TIME')
            local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = tonumber(state[1])
            local at = tonumber(state[2])
            if tokens == nil or at == nil then
              tokens = burst
              at = now
            end
            tokens = math.min(burst, tokens + math.max(0, now - at) * per_ms)
            local allowed = 0
            if tokens >= 1 then
              tokens = tokens - 1
              allowed = 1
            end
            local full_in = math.ceil((burst - tokens) / per_ms)
            local wait = 0
            if allowed == 0 then
              wait = math.ceil((1 - tokens) / per_ms)
            end
            redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
            redis.call('PEXPIRE', KEYS[1], math.max(full_in, 1000))
            return {allowed, math.floor(tokens), wait, full_in}
            """;
    private static final String SCRIPT_SHA = java.util.HexFormat.of().formatHex(sha1(SCRIPT));

    private final ReactiveRedisDataSource redis;
    private final RateLimitConfig config;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    public RateLimiter(ReactiveRedisDataSource redis, RateLimitConfig config) {
        this.redis = redis;
        this.config = config;
    }

    /** Takes one token from the bucket of {@code bucket} with the limit of {@code role}; never fails. */
    public Uni<RateDecision> take(String bucket, String role) {
        RateLimitConfig.Limit limit = config.roles().get(role);
        if (!config.enabled() || limit == null) {
            return Uni.createFrom().item(RateDecision.unknown());
        }
        String key = config.keyPrefix() + bucket;
        String burst = Integer.toString(limit.burst());
        String perMinute = Integer.toString(limit.perMinute());
        return redis.execute("EVALSHA", SCRIPT_SHA, "1", key, burst, perMinute)
                .onFailure(RateLimiter::isNoScript)
                .recoverWithUni(() -> redis.execute("EVAL", SCRIPT, "1", key, burst, perMinute))
                .ifNoItem().after(config.redisTimeout()).fail()
                .map(reply -> decision(reply, limit.burst()))
                .onFailure().recoverWithItem(failure -> {
                    warn(failure);
                    return RateDecision.unknown();
                });
    }

    private static RateDecision decision(Response reply, int burst) {
        boolean allowed = reply.get(0).toLong() == 1;
        long remaining = reply.get(1).toLong();
        long waitMs = reply.get(2).toLong();
        long fullInMs = reply.get(3).toLong();
        return new RateDecision(allowed, true, burst, remaining, ceilSeconds(fullInMs), allowed ? 0 : Math.max(1, ceilSeconds(waitMs)));
    }

    private static long ceilSeconds(long millis) {
        return (millis + 999) / 1000;
    }

    private static boolean isNoScript(Throwable failure) {
        return failure.getMessage() != null && failure.getMessage().startsWith("NOSCRIPT");
    }

    private void warn(Throwable failure) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            LOG.warnf("Rate limits not enforced: Redis unavailable (%s); requests pass uncounted", failure.toString());
        }
    }

    private static byte[] sha1(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
