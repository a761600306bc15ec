package io.ziar.search.article.service;

import io.smallrye.mutiny.Uni;
import io.ziar.search.article.client.OpenSearchClient;
import io.ziar.search.article.config.SearchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;

/**
 * The point in time the searches starting within {@link #RENEW_AFTER} of each other read, first page
 * and later ones. A point in time is a snapshot of the whole index, not of one query, so sharing it
 * costs only that a first page may miss what was made searchable in the last quarter second. One per
 * search would hold a reader context per search for the keep-alive and, under load, exhaust the node's
 * limit of open contexts (300: it then refuses searches with 429); shared, at most keep-alive /
 * {@link #RENEW_AFTER} = 240 are open.
 * <p>
 * Halfway through its quarter second, the next one is opened in the background while searches go on
 * reading this one: opening waits in the node's search queue behind the searches under way, and under
 * load the searches that waited for it had their latency doubled. A shared one is never closed by a
 * reader reaching its last page: it expires {@link SearchQueryBuilder#PIT_KEEP_ALIVE} after its last use.
 */
@ApplicationScoped
public class SharedPointInTime {

    static final Duration RENEW_AFTER = Duration.ofMillis(250);

    private static final Logger LOG = Logger.getLogger(SharedPointInTime.class);

    private record Opened(String id, Instant at) {
    }

    private final OpenSearchClient openSearch;
    private final SearchConfig config;
    private volatile Opened current;
    /** The open under way, or null. */
    private Opening opening;

    public SharedPointInTime(@RestClient OpenSearchClient openSearch, SearchConfig config) {
        this.openSearch = openSearch;
        this.config = config;
    }

    /** The shared point in time: at most {@link #RENEW_AFTER} old, its successor opened ahead while searches keep coming. */
    public Uni<String> id() {
        Instant now = Instant.now();
        Opened opened = current;
        if (opened == null || !opened.at().plus(RENEW_AFTER).isAfter(now)) {
            return open().map(Opened::id);
        }
        if (!opened.at().plus(RENEW_AFTER.dividedBy(2)).isAfter(now)) {
            open().subscribe().with(renewed -> { }, failure -> LOG.debugf("Point in time not renewed: %s", failure.getMessage()));
        }
        return Uni.createFrom().item(opened.id());
    }

    /** The open under way, or a new one. */
    private synchronized Uni<Opened> open() {
        if (opening == null) {
            opening = new Opening();
        }
        return opening.result;
    }

    /** One request for a point in time; it becomes {@link #current} when it answers, unless forgotten meanwhile. */
    private final class Opening {

        /** Memoized: every search that has to wait waits for this one request. */
        final Uni<Opened> result;

        Opening() {
            Instant asked = Instant.now();
            result = openSearch.createPit(config.alias(), SearchQueryBuilder.PIT_KEEP_ALIVE)
                    .map(pit -> new Opened(pit.getString("pit_id"), asked))
                    .invoke(opened -> ended(this, opened))
                    .onFailure().invoke(failure -> ended(this, null))
                    .memoize().indefinitely();
        }
    }

    private synchronized void ended(Opening request, Opened opened) {
        if (opening == request) {
            opening = null;
            if (opened != null) {
                current = opened;
            }
        }
    }

    /** The next search waits for a new point in time (the alias moved, or this one failed). */
    public synchronized void forget() {
        current = null;
        opening = null;
    }
}
