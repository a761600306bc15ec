package io.ziar.gateway.access.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.ziar.commons.crypto.Sha256;
import io.ziar.commons.problem.ProblemException;
import io.ziar.gateway.access.model.ApiKey;
import io.ziar.gateway.access.model.Role;
import io.ziar.gateway.access.repository.ApiKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Creates, lists and revokes API keys. A key is 256 random bits, shown once; only its SHA-256 is stored. */
@ApplicationScoped
public class ApiKeyService {

    static final String PREFIX = "zk_";
    private static final int KEY_BYTES = 32;
    private static final int HINT_LENGTH = 7;
    private static final int MAX_NAME = 100;

    private final ApiKeyRepository keys;
    private final KeyVerifier verifier;
    private final SecureRandom random = new SecureRandom();

    public ApiKeyService(ApiKeyRepository keys, KeyVerifier verifier) {
        this.keys = keys;
        this.verifier = verifier;
    }

    /** A new key; the returned {@link NewKey#key()} is the only time the key is ever seen. */
    @WithTransaction
    public Uni<NewKey> create(String name, String role) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME) {
            return Uni.createFrom().failure(ProblemException.invalid("name", "'name' is required, 1 to " + MAX_NAME + " characters"));
        }
        Role parsed = Role.fromWire(role).orElse(null);
        if (parsed == null) {
            return Uni.createFrom().failure(ProblemException.invalid("role", "'role' must be one of reader, ingester, admin"));
        }
        String secret = generate();
        ApiKey key = row(cleanName, parsed, secret, secret.substring(0, HINT_LENGTH));
        return keys.persist(key).map(saved -> new NewKey(saved, secret));
    }

    public Uni<List<ApiKey>> list() {
        return keys.listActive();
    }

    /** Revokes a live key: it stops working on this replica at once, on the others within the cache time. */
    @WithTransaction
    public Uni<Void> revoke(String id) {
        return keys.findById(id).flatMap(key -> {
            if (key == null || key.revokedAt != null) {
                return Uni.createFrom().failure(ProblemException.notFound("No live API key with id '" + id + "'"));
            }
            key.revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            verifier.forget(key.keyHash);
            return Uni.createFrom().voidItem();
        });
    }

    /**
     * Stores the bootstrap admin key unless a key with its hash exists already, live or revoked:
     * idempotent across restarts and replicas, and a revoked bootstrap key stays revoked.
     */
    @WithTransaction
    public Uni<Boolean> bootstrap(String adminKey) {
        return keys.insertIfAbsent(row("bootstrap (ZIAR_ADMIN_KEY)", Role.ADMIN, adminKey, "(env)"))
                .map(inserted -> inserted > 0);
    }

    private static ApiKey row(String name, Role role, String secret, String hint) {
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID().toString();
        key.name = name;
        key.role = role;
        key.keyHash = Sha256.hex(secret);
        key.hint = hint;
        key.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return key;
    }

    private String generate() {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public record NewKey(ApiKey stored, String key) {
    }
}
