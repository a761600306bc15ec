package io.ziar.search.story.service;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.search.article.client.OpenSearchClient;
import io.ziar.search.article.config.SearchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Puts an article in a near-duplicate story: the story of the earliest published indexed article
 * whose fingerprint is within {@link Fingerprint#NEAR_DUPLICATE_BITS} bits, else a story of its own
 * (its id). Candidates come from the fingerprint bands; the Hamming distance is checked by the node
 * (a script over the candidates' doc values), so only the earliest match travels back.
 */
@ApplicationScoped
public class StoryAssigner {

    static final String DISTANCE_SCRIPT =
            "doc['fingerprint'].size() != 0 && Long.bitCount(doc['fingerprint'].value ^ params.fingerprint) <= params.bits";

    private final OpenSearchClient openSearch;
    private final SearchConfig config;
    private final RecentStories recent;

    public StoryAssigner(@RestClient OpenSearchClient openSearch, SearchConfig config, RecentStories recent) {
        this.openSearch = openSearch;
        this.config = config;
        this.recent = recent;
    }

    /** A story id the article already has (a reindex from the stored articles) is kept. */
    public Uni<String> storyOf(AnalyzedArticle article) {
        if (article.storyId() != null) {
            return Uni.createFrom().item(article.storyId());
        }
        Optional<Fingerprint> fingerprint = Fingerprint.parse(article.fingerprint());
        if (fingerprint.isEmpty()) {
            return Uni.createFrom().item(article.id());
        }
        return openSearch.search(config.alias(), query(article.id(), fingerprint.get()))
                .map(response -> {
                    Optional<StoryCandidate> indexed = firstHit(response, fingerprint.get());
                    Optional<StoryCandidate> earliest = Stream.of(indexed, recent.earliestMatch(article.id(), fingerprint.get()))
                            .flatMap(Optional::stream).min(StoryCandidate.EARLIEST);
                    String story = earliest.map(StoryCandidate::story).orElse(article.id());
                    recent.remember(new StoryCandidate(article.id(), story, article.publishedAt(), fingerprint.get()));
                    return story;
                });
    }

    static JsonObject query(String id, Fingerprint fingerprint) {
        JsonObject distance = new JsonObject().put("script", new JsonObject().put("script", new JsonObject()
                .put("source", DISTANCE_SCRIPT)
                .put("params", new JsonObject().put("fingerprint", fingerprint.bits()).put("bits", Fingerprint.NEAR_DUPLICATE_BITS))));
        return new JsonObject()
                .put("size", 1)
                .put("track_total_hits", false)
                .put("_source", new JsonArray(List.of("id", "storyId", "publishedAt", "fingerprint")))
                .put("query", new JsonObject().put("bool", new JsonObject()
                        .put("filter", new JsonArray()
                                .add(new JsonObject().put("terms", new JsonObject().put("fingerprintBands", new JsonArray(List.copyOf(fingerprint.bands())))))
                                .add(distance))
                        .put("must_not", new JsonArray().add(new JsonObject().put("ids", new JsonObject().put("values", new JsonArray().add(id)))))))
                .put("sort", new JsonArray()
                        .add(new JsonObject().put("publishedAt", new JsonObject().put("order", "asc").put("missing", "_last")))
                        .add(new JsonObject().put("id", new JsonObject().put("order", "asc"))));
    }

    private static Optional<StoryCandidate> firstHit(JsonObject response, Fingerprint fallback) {
        JsonArray hits = response.getJsonObject("hits", new JsonObject()).getJsonArray("hits", new JsonArray());
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        JsonObject source = hits.getJsonObject(0).getJsonObject("_source", new JsonObject());
        String published = source.getString("publishedAt");
        Object bits = source.getValue("fingerprint");
        return Optional.of(new StoryCandidate(source.getString("id"), source.getString("storyId"),
                published == null ? null : Instant.parse(published),
                bits instanceof Number number ? new Fingerprint(number.longValue()) : fallback));
    }
}
