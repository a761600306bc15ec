package io.ziar.search.article.service;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.ziar.search.article.config.SearchConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * First pages (hits, total and facets, as OpenSearch answered) of the searches made on the current
 * index generation ({@link SharedPointInTime.Snapshot}): the same search on an unchanged index finds
 * the same hits, so analysts repeating a question (the page reloaded, a filter taken back, a
 * colleague's same query) are answered without the node. Searches asked at once share one request.
 * The entries go as soon as the index is refreshed: the next snapshot starts an empty cache.
 */
@ApplicationScoped
public class FirstPageCache {

    private record Pages(long sequence, Map<SearchRequest, Uni<JsonObject>> answers) {
    }

    private final int capacity;
    private volatile Pages current = new Pages(Long.MIN_VALUE, new ConcurrentHashMap<>());

    public FirstPageCache(SearchConfig config) {
        this.capacity = config.cachedFirstPages();
    }

    /** The answer kept for {@code request} on {@code snapshot}, or {@code search}'s, kept unless it fails. */
    Uni<JsonObject> answer(SharedPointInTime.Snapshot snapshot, SearchRequest request, Supplier<Uni<JsonObject>> search) {
        Pages pages = pagesOf(snapshot);
        if (pages == null) {
            return search.get();
        }
        if (pages.answers().size() >= capacity && !pages.answers().containsKey(request)) {
            pages.answers().clear();
        }
        return pages.answers().computeIfAbsent(request, key -> search.get()
                .onFailure().invoke(failure -> pages.answers().remove(key))
                .memoize().indefinitely());
    }

    /** The pages of the snapshot's generation; null for a snapshot of an older generation than the cache's (a search that began before a refresh). */
    private synchronized Pages pagesOf(SharedPointInTime.Snapshot snapshot) {
        if (capacity == 0 || snapshot.sequence() < current.sequence()) {
            return null;
        }
        if (snapshot.sequence() > current.sequence()) {
            current = new Pages(snapshot.sequence(), new ConcurrentHashMap<>());
        }
        return current;
    }
}
