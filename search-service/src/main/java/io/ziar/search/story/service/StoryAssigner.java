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
import java.util.ArrayList;
import java.util.Collections;
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

    /** The stories of newly analysed articles, none of which has one yet. */
    public Uni<List<String>> storiesOf(List<AnalyzedArticle> articles) {
        return storiesOf(articles, Collections.nCopies(articles.size(), null));
    }

    /**
     * The story of each article, in order: one {@code _msearch} asks the index for the candidates of
     * all of them, and each article also sees the ones before it in the list (through the recent
     * stories), so copies that arrive together join one story. A story an article already has
     * ({@code knownStories}, null where none: a reindex from the stored articles) is kept.
     */
    public Uni<List<String>> storiesOf(List<AnalyzedArticle> articles, List<String> knownStories) {
        List<Integer> lookups = new ArrayList<>();
        StringBuilder searches = new StringBuilder();
        for (int i = 0; i < articles.size(); i++) {
            AnalyzedArticle article = articles.get(i);
            Optional<Fingerprint> fingerprint = Fingerprint.parse(article.fingerprint());
            if (knownStories.get(i) == null && fingerprint.isPresent()) {
                lookups.add(i);
                searches.append("{}\n").append(query(article.id(), fingerprint.get()).encode()).append('\n');
            }
        }
        Uni<JsonArray> answers = lookups.isEmpty() ? Uni.createFrom().item(new JsonArray())
                : openSearch.msearch(config.alias(), searches.toString()).map(response -> response.getJsonArray("responses"));
        return answers.map(responses -> {
            List<String> stories = new ArrayList<>(articles.size());
            int lookup = 0;
            for (int i = 0; i < articles.size(); i++) {
                AnalyzedArticle article = articles.get(i);
                if (lookup < lookups.size() && lookups.get(lookup) == i) {
                    stories.add(assign(article, responses.getJsonObject(lookup)));
                    lookup++;
                } else {
                    stories.add(knownStories.get(i) != null ? knownStories.get(i) : article.id());
                }
            }
            return stories;
        });
    }

    /** The earliest near-duplicate's story among the index's answer and the recent stories, else its own. */
    private String assign(AnalyzedArticle article, JsonObject answer) {
        if (answer.containsKey("error")) {
            throw new IllegalStateException("Story candidates of " + article.id() + " not read: " + answer.getValue("error"));
        }
        Fingerprint fingerprint = Fingerprint.parse(article.fingerprint()).orElseThrow();
        Optional<StoryCandidate> earliest = Stream.of(firstHit(answer, fingerprint), recent.earliestMatch(article.id(), fingerprint))
                .flatMap(Optional::stream).min(StoryCandidate.EARLIEST);
        String story = earliest.map(StoryCandidate::story).orElse(article.id());
        recent.remember(new StoryCandidate(article.id(), story, article.publishedAt(), fingerprint));
        return story;
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
