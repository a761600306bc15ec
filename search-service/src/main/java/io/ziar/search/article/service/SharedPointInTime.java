package io.ziar.search.article.service;

import io.smallrye.mutiny.Uni;
import io.ziar.search.article.client.OpenSearchClient;
import io.ziar.search.article.config.SearchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Duration;
import java.time.Instant;

/**
 * The point in time the searches starting within {@link #SHARED_FOR} of each other read, first page
 * and later ones. A point in time is a snapshot of the whole index, not of one query, so sharing it
 * costs only that a first page may miss what was made searchable in the last quarter second (the
 * index's own refresh already delays that by up to a second). One per search would hold a reader
 * context per search for the keep-alive and, under load, exhaust the node's limit of open contexts
 * (300: it then refuses searches with 429); shared, at most keep-alive / {@link #SHARED_FOR} = 240
 * are open. A shared one is never closed by a reader reaching its last page: it expires
 * {@link SearchQueryBuilder#PIT_KEEP_ALIVE} after its last use.
 */
@ApplicationScoped
public class SharedPointInTime {

    static final Duration SHARED_FOR = Duration.ofMillis(250);

    private record Opened(Uni<String> id, Instant at) {
    }

    private final OpenSearchClient openSearch;
    private final SearchConfig config;
    private volatile Opened current;

    public SharedPointInTime(@RestClient OpenSearchClient openSearch, SearchConfig config) {
        this.openSearch = openSearch;
        this.config = config;
    }

    /** The shared point in time, opened now if the last one is older than {@link #SHARED_FOR}. */
    public Uni<String> id() {
        Instant now = Instant.now();
        Opened opened = current;
        if (stale(opened, now)) {
            synchronized (this) {
                opened = current;
                if (stale(opened, now)) {
                    // memoized: the searches of this second wait on one request; a failed one is asked again
                    Uni<String> id = openSearch.createPit(config.alias(), SearchQueryBuilder.PIT_KEEP_ALIVE)
                            .map(pit -> pit.getString("pit_id"))
                            .onFailure().invoke(failure -> forget())
                            .memoize().indefinitely();
                    opened = new Opened(id, now);
                    current = opened;
                }
            }
        }
        return opened.id();
    }

    private static boolean stale(Opened opened, Instant now) {
        return opened == null || opened.at().plus(SHARED_FOR).isBefore(now);
    }

    /** The next search opens a new point in time. */
    public synchronized void forget() {
        current = null;
    }
}
