package io.ziar.commons.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

import java.io.FileNotFoundException;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What each connector channel's messages came to, as health: the Kafka connector's own checks see a
 * producer connected to the broker and call it healthy even when every record it is handed fails
 * (its nacks are left to the application), and a consumer's stream that ended is only logged.
 * <ul>
 * <li>not ready: a channel whose last {@value #FAILURES_IN_A_ROW} messages all failed, or whose stream stopped;</li>
 * <li>not live: the same when it cannot recover by itself: the stream stopped, or the failures come
 * from the JVM's own code or files (a class or jar that cannot be read, as after a jar was replaced
 * under the running service): only a restart helps there.</li>
 * </ul>
 * One success makes a channel healthy again.
 */
@ApplicationScoped
public class ChannelHealth {

    static final int FAILURES_IN_A_ROW = 3;

    /** One channel's recent history. */
    record State(int failuresInARow, String lastFailure, boolean unrecoverable, String stopped) {

        static final State NEW = new State(0, null, false, null);

        boolean ready() {
            return stopped == null && failuresInARow < FAILURES_IN_A_ROW;
        }

        boolean live() {
            return stopped == null && (failuresInARow < FAILURES_IN_A_ROW || !unrecoverable);
        }

        String describe() {
            if (stopped != null) {
                return "DOWN: the stream stopped: " + stopped;
            }
            if (failuresInARow >= FAILURES_IN_A_ROW) {
                return "DOWN: the last " + failuresInARow + " messages failed, the last with " + lastFailure
                        + (unrecoverable ? " (cannot recover without a restart)" : "");
            }
            return "UP";
        }
    }

    private final Map<String, State> channels = new ConcurrentHashMap<>();

    /** A channel the service uses, healthy until its messages say otherwise. */
    public void watch(String channel) {
        channels.putIfAbsent(channel, State.NEW);
    }

    public void succeeded(String channel) {
        channels.compute(channel, (name, state) -> state != null && state.stopped() != null ? state : State.NEW);
    }

    public void failed(String channel, Throwable failure) {
        channels.compute(channel, (name, state) -> {
            State before = state == null ? State.NEW : state;
            return new State(before.failuresInARow() + 1, summary(failure),
                    before.unrecoverable() || unrecoverable(failure), before.stopped());
        });
    }

    /** The channel's stream ended (with {@code failure}, or completed when null): nothing flows through it any more. */
    public void stopped(String channel, Throwable failure) {
        String reason = failure == null ? "it completed" : summary(failure);
        channels.compute(channel, (name, state) -> {
            State before = state == null ? State.NEW : state;
            return new State(before.failuresInARow(), before.lastFailure(), before.unrecoverable(), reason);
        });
    }

    HealthCheckResponse report(String name, Predicate<State> healthy) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(name);
        boolean up = true;
        for (Map.Entry<String, State> channel : new TreeMap<>(channels).entrySet()) {
            up &= healthy.test(channel.getValue());
            response.withData(channel.getKey(), healthy.test(channel.getValue()) ? "UP" : channel.getValue().describe());
        }
        return response.status(up).build();
    }

    /** The failure in a line: its class and message, and its root cause's when that is another. */
    static String summary(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String first = failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        String line = root == failure ? first
                : first + " (caused by " + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }

    /**
     * Failures of the service itself rather than of the broker or one record: an Error (a class that
     * cannot be loaded or initialised, memory gone), or a file of its own that is missing.
     */
    static boolean unrecoverable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof Error || cause instanceof NoSuchFileException || cause instanceof FileNotFoundException) {
                return true;
            }
        }
        return false;
    }

    /** The checks, one per kind, each a view of the same channels (singletons: a client proxy would need a no-args constructor). */
    abstract static class Check implements HealthCheck {

        private final ChannelHealth channels;
        private final Predicate<State> healthy;

        Check(ChannelHealth channels, Predicate<State> healthy) {
            this.channels = channels;
            this.healthy = healthy;
        }

        @Override
        public HealthCheckResponse call() {
            return channels.report("messaging", healthy);
        }
    }

    /** Readiness: every channel passes messages (or has not been asked to yet). */
    @Readiness
    @Singleton
    public static class Ready extends Check {

        public Ready(ChannelHealth channels) {
            super(channels, State::ready);
        }
    }

    /** Liveness: no channel is broken beyond what it can recover from by itself. */
    @Liveness
    @Singleton
    public static class Live extends Check {

        public Live(ChannelHealth channels) {
            super(channels, State::live);
        }
    }
}
