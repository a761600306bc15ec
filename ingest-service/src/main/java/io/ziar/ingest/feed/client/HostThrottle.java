package io.ziar.ingest.feed.client;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One request at a time per host, by this replica, and a pause of at least the interval between the
 * end of one (its body read) and the start of the next: a slow host is asked less often, never more.
 * Fetches run on the poller's worker thread, so waiting blocks nothing else.
 */
@ApplicationScoped
public class HostThrottle {

    /** A request to run in its turn. */
    @FunctionalInterface
    public interface Request<T> {
        T run() throws IOException, InterruptedException;
    }

    private static final class Host {
        private long next = System.nanoTime();
    }

    private static final int MAX_HOSTS = 10_000;

    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    /** Runs {@code request} when it is {@code host}'s turn: {@code interval} after the previous one ended. */
    public <T> T call(String host, Duration interval, Request<T> request) throws IOException, InterruptedException {
        if (hosts.size() > MAX_HOSTS) {
            long now = System.nanoTime();
            hosts.values().removeIf(h -> h.next < now);
        }
        Host state = hosts.computeIfAbsent(host, h -> new Host());
        synchronized (state) {
            long wait = state.next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            try {
                return request.run();
            } finally {
                state.next = System.nanoTime() + interval.toNanos();
            }
        }
    }
}
