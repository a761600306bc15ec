package io.ziar.gateway.access.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.ziar.gateway.access.model.ApiKey;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, String> {

    /** The live key with this hash; one indexed lookup whether or not it exists. */
    @WithSession
    public Uni<ApiKey> findActiveByHash(String keyHash) {
        return find("keyHash = ?1 and revokedAt is null", keyHash).firstResult();
    }

    @WithSession
    public Uni<List<ApiKey>> listActive() {
        return find("revokedAt is null", Sort.by("createdAt").and("id")).list();
    }

    /** Inserts the key unless one with the same hash exists (revoked or not); safe for replicas starting together. */
    public Uni<Integer> insertIfAbsent(ApiKey key) {
        return getSession().flatMap(session -> session.createNativeQuery("""
                        INSERT INTO api_key (id, name, role, key_hash, hint, created_at)
                        VALUES (:id, :name, :role, :hash, :hint, :createdAt)
                        ON CONFLICT (key_hash) DO NOTHING""")
                .setParameter("id", key.id)
                .setParameter("name", key.name)
                .setParameter("role", key.role.name())
                .setParameter("hash", key.keyHash)
                .setParameter("hint", key.hint)
                .setParameter("createdAt", key.createdAt)
                .executeUpdate());
    }
}
