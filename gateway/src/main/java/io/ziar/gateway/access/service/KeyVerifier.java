package io.ziar.gateway.access.service;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.ziar.commons.crypto.Sha256;
import io.ziar.gateway.access.config.AccessConfig;
import io.ziar.gateway.access.model.Caller;
import io.ziar.gateway.access.repository.ApiKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells which key a request carries. The presented key is hashed and looked up by its hash: the
 * same work (one SHA-256 and one unique-index lookup) whether the key exists or not, and no
 * comparison that stops at the first differing character. Answers, refusals included, are kept in
 * memory for {@code ziar.gateway.keys.cache-ttl}, so a busy key costs no database call and a flood
 * of wrong keys costs one per distinct key; a revocation on another replica is seen within that time.
 */
@ApplicationScoped
public class KeyVerifier {

    private final ApiKeyRepository keys;
    private final Duration lookupTimeout;
    private final long ttlNanos;
    private final int maxEntries;
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

    public KeyVerifier(ApiKeyRepository keys, AccessConfig config) {
        this.keys = keys;
        this.lookupTimeout = config.keys().lookupTimeout();
        this.ttlNanos = config.keys().cacheTtl().toNanos();
        this.maxEntries = config.keys().cacheSize();
    }

    public Uni<Optional<Caller>> verify(String presentedKey) {
        String hash = Sha256.hex(presentedKey == null ? "" : presentedKey);
        long now = System.nanoTime();
        Entry cached = cache.get(hash);
        if (cached != null && now - cached.verifiedAt() < ttlNanos) {
            return Uni.createFrom().item(cached.caller());
        }
        return onEventLoop(keys.findActiveByHash(hash)).ifNoItem().after(lookupTimeout).fail().map(key -> {
            Optional<Caller> caller = Optional.ofNullable(key).map(found -> new Caller(found.id, found.role));
            if (cache.size() >= maxEntries) {
                cache.clear();
            }
            cache.put(hash, new Entry(caller, now));
            return caller;
        });
    }

    /**
     * Hibernate Reactive runs on the event loop only; a blocking endpoint (the streamed bulk upload)
     * has its filters called on a worker thread, so the lookup is moved to the request's context.
     */
    private static <T> Uni<T> onEventLoop(Uni<T> lookup) {
        Context context = Vertx.currentContext();
        if (context == null || Context.isOnEventLoopThread()) {
            return lookup;
        }
        return lookup.runSubscriptionOn(task -> context.runOnContext(ignored -> task.run()));
    }

    /** Forgets a key at once on this replica (after a revocation). */
    public void forget(String keyHash) {
        cache.remove(keyHash);
    }

    private record Entry(Optional<Caller> caller, long verifiedAt) {
    }
}
