package io.ziar.ingest.feed.client;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * At most one request per host per interval, by this replica: each caller reserves the host's next
 * free slot and waits for it. Fetches run on the poller's worker thread, so waiting blocks nothing else.
 */
@ApplicationScoped
public class HostThrottle {

    private final Map<String, Long> nextSlot = new HashMap<>();

    /** Waits until a request to {@code host} is allowed, {@code interval} after the previous one. */
    public void await(String host, Duration interval) throws InterruptedException {
        long slot;
        synchronized (nextSlot) {
            long now = System.nanoTime();
            slot = Math.max(now, nextSlot.getOrDefault(host, now));
            nextSlot.put(host, slot + interval.toNanos());
            if (nextSlot.size() > 10_000) {
                nextSlot.values().removeIf(next -> next < now);
            }
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
