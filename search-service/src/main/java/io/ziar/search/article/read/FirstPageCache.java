package io.ziar.search.article.read;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.mutiny.Uni;
import io.ziar.contracts.api.SearchResult;
import io.ziar.search.article.config.SearchConfig;
import io.ziar.search.article.query.SearchRequest;
import io.ziar.search.article.query.SearchResultMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * First pages (hits, total and facets) of the searches made on the current
 * index generation ({@link SharedPointInTime.Snapshot}): the same search on an unchanged index finds
 * the same hits, so analysts repeating a question (the page reloaded, a filter taken back, a
 * colleague's same query) are answered without the node. Searches asked at once share one request.
 * The entries go as soon as the index is refreshed: the next generation starts an empty cache. When
 * full, Caffeine's frequency-based admission keeps the searches asked often over one-off ones.
 */
@ApplicationScoped
public class FirstPageCache {

    private record Pages(long sequence, AsyncCache<SearchRequest, Kept> answers) {
    }

    /** A first page with the point in time its cursor continues in. */
    private record Kept(SearchResult result, String pit) {
    }

    private final int capacity;
    private Pages current;

    public FirstPageCache(SearchConfig config) {
        this.capacity = config.cachedFirstPages();
        this.current = new Pages(Long.MIN_VALUE, newCache());
    }

    /**
     * The answer kept for {@code request} on {@code snapshot}'s generation, or {@code search}'s (read in
     * the snapshot's point in time), kept unless it fails.
     */
    public Uni<SearchResult> answer(SharedPointInTime.Snapshot snapshot, SearchRequest request, Supplier<Uni<SearchResult>> search) {
        Pages pages = pagesOf(snapshot);
        if (pages == null) {
            return search.get();
        }
        // A future, not a memoized Uni: once complete it holds only the page, where a memoized Uni also
        // held its whole upstream chain with OpenSearch's raw answer (~100 KB a page). A failed one is
        // dropped by Caffeine, so the search is asked again.
        CompletableFuture<Kept> kept = pages.answers().get(request, (key, executor) -> search.get()
                .map(result -> new Kept(result, snapshot.pit())).subscribeAsCompletionStage());
        return Uni.createFrom().<Kept>emitter(waiter -> kept.whenComplete((page, failure) -> {
                    // a waiter that gives up leaves the read going for the others and the cache
                    if (failure != null) {
                        waiter.fail(failure);
                    } else {
                        waiter.complete(page);
                    }
                }))
                // kept from an earlier point in time of the same generation: its hits are in this one too
                .map(page -> page.pit().equals(snapshot.pit()) ? page.result() : SearchResultMapper.continuedIn(page.result(), snapshot.pit()));
    }

    /** The pages of the snapshot's generation; null for a snapshot of an older generation than the cache's (a search that began before a refresh). */
    private synchronized Pages pagesOf(SharedPointInTime.Snapshot snapshot) {
        if (capacity == 0 || snapshot.sequence() < current.sequence()) {
            return null;
        }
        if (snapshot.sequence() > current.sequence()) {
            current = new Pages(snapshot.sequence(), newCache());
        }
        return current;
    }

    private AsyncCache<SearchRequest, Kept> newCache() {
        // evictions run on the calling thread: no executor hop per search
        return Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).buildAsync();
    }
}
