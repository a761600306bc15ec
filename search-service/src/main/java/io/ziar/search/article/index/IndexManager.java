package io.ziar.search.article.index;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.ziar.search.article.client.OpenSearchClient;
import io.ziar.search.article.client.OpenSearchErrors;
import io.ziar.search.article.config.SearchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Makes sure the versioned index exists with the project's mapping and that the alias points at
 * it. Waits for OpenSearch at start-up rather than failing, so services can start in any order.
 */
@ApplicationScoped
public class IndexManager {

    private static final Logger LOG = Logger.getLogger(IndexManager.class);
    private static final String MAPPING = "/opensearch/articles-index.json";

    private final OpenSearchClient openSearch;
    private final SearchConfig config;
    private final Uni<Void> ready;
    private volatile Targets targets;

    private record Targets(List<String> aliases, Instant until) {
    }

    public IndexManager(@RestClient OpenSearchClient openSearch, SearchConfig config) {
        this.openSearch = openSearch;
        this.config = config;
        this.ready = ensureIndexAndAlias()
                .onFailure().invoke(e -> LOG.warnf("OpenSearch index not ready yet: %s", e.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(10)).indefinitely()
                .memoize().indefinitely();
    }

    void onStart(@Observes StartupEvent event) {
        ready.subscribe().with(done -> LOG.infof("Index %s ready behind alias %s", config.index(), config.alias()));
    }

    /** Completes once the index and alias exist; every write waits on it. */
    public Uni<Void> ready() {
        return ready;
    }

    /**
     * The aliases a write goes to: the next index version's first while a reindex builds it, then the
     * live alias. In that order, so that an article written while the reindex switches the alias is
     * in the new index either way. Looked up at most every {@code reindex-poll}.
     */
    public Uni<List<String>> writeTargets() {
        Targets known = targets;
        if (known != null && known.until().isAfter(Instant.now())) {
            return Uni.createFrom().item(known.aliases());
        }
        return aliasExists(nextAlias())
                .map(reindexing -> reindexing ? List.of(nextAlias(), config.alias()) : List.of(config.alias()))
                .invoke(aliases -> targets = new Targets(aliases, Instant.now().plus(config.reindex().poll())));
    }

    /** The next write looks the aliases up again (the next version's alias was added or has gone). */
    public void forgetWriteTargets() {
        targets = null;
    }

    /** The alias of the index version a reindex is building; writes go to it too while it exists. */
    public String nextAlias() {
        return config.alias() + "-next";
    }

    /** The concrete index the alias points at now. */
    public Uni<String> currentIndex() {
        return openSearch.alias(config.alias()).map(indices -> indices.fieldNames().iterator().next());
    }

    /** Creates an index with the project's definition, without any alias. */
    public Uni<Void> createIndex(String index) {
        return openSearch.createIndex(index, mapping(config.shards(), config.replicas())).replaceWithVoid();
    }

    /**
     * Creates the index and alias when the alias is missing; otherwise adds the definition's new
     * fields to the live index (a new field is an additive mapping change; its values appear in older
     * articles after a reindex).
     */
    private Uni<Void> ensureIndexAndAlias() {
        return aliasExists(config.alias()).flatMap(exists -> exists ? addNewFields() : createIndexAndAlias());
    }

    public Uni<Boolean> aliasExists(String alias) {
        return openSearch.alias(alias).replaceWith(true).onFailure(OpenSearchErrors::isNotFound).recoverWithItem(false);
    }

    private Uni<Void> addNewFields() {
        return openSearch.putMapping(config.alias(), mapping().getJsonObject("mappings")).replaceWithVoid();
    }

    private Uni<Void> createIndexAndAlias() {
        JsonObject addAlias = new JsonObject().put("actions", new JsonArray().add(new JsonObject()
                .put("add", new JsonObject().put("index", config.index()).put("alias", config.alias())
                        .put("is_write_index", true))));
        return openSearch.createIndex(config.index(), mapping(config.shards(), config.replicas()))
                .onFailure(OpenSearchErrors::alreadyExists).recoverWithNull()
                .flatMap(created -> openSearch.updateAliases(addAlias))
                .invoke(done -> LOG.infof("Created index %s and alias %s", config.index(), config.alias()))
                .replaceWithVoid();
    }

    /** The project's index definition with the configured shards and replicas. */
    static JsonObject mapping(int shards, int replicas) {
        JsonObject definition = mapping();
        definition.getJsonObject("settings").put("number_of_shards", shards).put("number_of_replicas", replicas);
        return definition;
    }

    static JsonObject mapping() {
        try (InputStream in = IndexManager.class.getResourceAsStream(MAPPING)) {
            if (in == null) {
                throw new IllegalStateException("Missing index definition " + MAPPING);
            }
            return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
