package io.ziar.gateway.ratelimit.service;

/**
 * The outcome of taking a token. {@code known} is false when Redis could not be asked and the
 * request was let through without a count (no RateLimit headers then).
 */
public record RateDecision(boolean allowed, boolean known, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {

    public static RateDecision unknown() {
        return new RateDecision(true, false, 0, 0, 0, 0);
    }
}
