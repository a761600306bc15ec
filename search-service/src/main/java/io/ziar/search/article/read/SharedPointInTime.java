package io.ziar.search.article.read;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.ziar.search.article.client.OpenSearchClient;
import io.ziar.search.article.config.SearchConfig;
import io.ziar.search.article.query.SearchQueryBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The point in time first pages read, shared by all searches while the index does not change. A
 * point in time is a snapshot of the whole index, not of one query; one per search would hold a
 * reader context per search for the keep-alive and, under load, exhaust the node's limit of open
 * contexts (300: it then refuses searches with 429).
 * <p>
 * While searches come, the index is asked every {@link #CHECK_AFTER} whether it has been refreshed
 * since the point in time was opened (its refresh count, {@link #generationOf}); only then is a new
 * one opened. Checking and opening run in the background while searches go on reading the current
 * snapshot, so a search may miss what became searchable in the last quarter second; a search arriving
 * after a pause ({@link #STALE_AFTER}) waits for the check. The generation also names the results
 * that may be reused: the same search on the same generation finds the same hits ({@link FirstPageCache}).
 */
@ApplicationScoped
public class SharedPointInTime {

    static final Duration CHECK_AFTER = Duration.ofMillis(125);
    static final Duration STALE_AFTER = Duration.ofMillis(250);
    /**
     * Searches answered from {@link FirstPageCache} do not reach the node, so they do not extend the
     * point in time's keep-alive ({@link SearchQueryBuilder#PIT_KEEP_ALIVE}): it is replaced well before.
     */
    static final Duration REOPEN_AFTER = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(SharedPointInTime.class);

    /**
     * A point in time with the index generation it shows; {@code sequence} numbers the generations in
     * the order they were seen, {@code checked} is when the index was last seen unchanged since.
     */
    public record Snapshot(String pit, String generation, long sequence, Instant opened, Instant checked) {

        Snapshot checkedAt(Instant at) {
            return new Snapshot(pit, generation, sequence, opened, at);
        }
    }

    private final OpenSearchClient openSearch;
    private final SearchConfig config;
    private final AtomicLong sequence = new AtomicLong();
    private volatile Snapshot current;
    /** The check under way, or null. */
    private Check checking;

    public SharedPointInTime(@RestClient OpenSearchClient openSearch, SearchConfig config) {
        this.openSearch = openSearch;
        this.config = config;
    }

    /** The shared snapshot: checked against the index at most {@link #STALE_AFTER} ago, the next check started after {@link #CHECK_AFTER}. */
    public Uni<Snapshot> current() {
        Instant now = Instant.now();
        Snapshot snapshot = current;
        if (snapshot == null || !snapshot.checked().plus(STALE_AFTER).isAfter(now)) {
            return check();
        }
        if (!snapshot.checked().plus(CHECK_AFTER).isAfter(now)) {
            check().subscribe().with(checked -> { }, failure -> LOG.debugf("Index not checked for changes: %s", failure.getMessage()));
        }
        return Uni.createFrom().item(snapshot);
    }

    /** The check under way, or a new one. */
    private synchronized Uni<Snapshot> check() {
        if (checking == null) {
            checking = new Check();
        }
        return checking.result;
    }

    /**
     * One look at the index's refresh count, then a new point in time only if it moved (or the
     * current one is due, {@link #REOPEN_AFTER}); the answer becomes {@link #current} unless forgotten meanwhile.
     */
    private final class Check {

        /** Memoized: every search that has to wait waits for this one check. */
        final Uni<Snapshot> result;

        Check() {
            Instant asked = Instant.now();
            Snapshot known = current;
            result = openSearch.refreshStats(config.alias())
                    .map(SharedPointInTime::generationOf)
                    .flatMap(generation -> {
                        boolean unchanged = known != null && known.generation().equals(generation);
                        if (unchanged && known.opened().plus(REOPEN_AFTER).isAfter(asked)) {
                            return Uni.createFrom().item(known.checkedAt(asked));
                        }
                        long generationNumber = unchanged ? known.sequence() : sequence.incrementAndGet();
                        // opened after the count was read, so it shows at least every refresh counted
                        return openSearch.createPit(config.alias(), SearchQueryBuilder.PIT_KEEP_ALIVE)
                                .map(pit -> new Snapshot(pit.getString("pit_id"), generation, generationNumber, asked, asked));
                    })
                    .invoke(snapshot -> ended(this, snapshot))
                    .onFailure().invoke(failure -> ended(this, null))
                    .memoize().indefinitely();
        }
    }

    private synchronized void ended(Check check, Snapshot snapshot) {
        if (checking == check) {
            checking = null;
            if (snapshot != null) {
                current = snapshot;
            }
        }
    }

    /**
     * What the searches of an index can see changes only when one of its shard copies refreshes, and
     * every refresh is counted: the indices behind the alias with their refresh counts name it.
     */
    static String generationOf(JsonObject refreshStats) {
        StringBuilder generation = new StringBuilder();
        JsonObject indices = refreshStats.getJsonObject("indices", new JsonObject());
        indices.fieldNames().stream().sorted().forEach(index -> {
            JsonObject refresh = indices.getJsonObject(index).getJsonObject("total", new JsonObject())
                    .getJsonObject("refresh", new JsonObject());
            generation.append(index).append(':').append(refresh.getLong("total", -1L))
                    .append('/').append(refresh.getLong("external_total", -1L)).append(' ');
        });
        if (generation.isEmpty()) {
            throw new IllegalStateException("No index behind the alias in " + refreshStats.encode());
        }
        return generation.toString().trim();
    }

    /** The next search waits for a new point in time (the alias moved, or this one failed). */
    public synchronized void forget() {
        current = null;
        checking = null;
    }
}
