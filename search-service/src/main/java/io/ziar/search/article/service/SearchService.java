package io.ziar.search.article.service;

import io.ziar.contracts.api.SearchResult;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.ziar.commons.problem.ProblemException;
import io.ziar.commons.problem.ProblemType;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.IndexedArticle;
import io.ziar.search.article.client.OpenSearchClient;
import io.ziar.search.article.config.SearchConfig;
import io.ziar.search.story.service.StoryAssigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Writes articles to the index and answers searches, always through the alias. */
@ApplicationScoped
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class);

    private final OpenSearchClient openSearch;
    private final IndexManager indexes;
    private final SearchConfig config;

    private final StoryAssigner stories;
    private final SharedPointInTime pointInTime;
    private final FirstPageCache firstPages;
    private final NodeReads nodeReads;

    public SearchService(@RestClient OpenSearchClient openSearch, IndexManager indexes, SearchConfig config, StoryAssigner stories,
                         SharedPointInTime pointInTime, FirstPageCache firstPages, NodeReads nodeReads) {
        this.openSearch = openSearch;
        this.indexes = indexes;
        this.config = config;
        this.stories = stories;
        this.pointInTime = pointInTime;
        this.firstPages = firstPages;
        this.nodeReads = nodeReads;
    }

    /**
     * Indexes a batch of article versions: one {@code _msearch} for their stories, one {@code _bulk}
     * per write alias, which answers once the index's next scheduled refresh has made the articles
     * searchable (refresh=wait_for: so INDEXED means found by a search, and the next batch's story
     * lookups see this one's). A forced refresh per batch (refresh=true) answered sooner but made a
     * refresh for every batch, one or two articles each at a trickle: the node's largest cost
     * (BENCHMARKS.md, issue 20); waiting makes at most one a second. The article id is the document id and its version an external version, so a
     * replayed batch or an older version is a no-op. A document the index refuses (400) is refused for
     * good; any other failure fails the whole batch, which is safe to write again.
     */
    public Uni<List<IndexOutcome>> index(List<AnalyzedArticle> articles) {
        Instant now = Instant.now();
        return indexes.ready()
                .flatMap(ready -> stories.storiesOf(articles))
                .flatMap(storyIds -> {
                    String[] refusals = new String[articles.size()];
                    List<JsonObject> documents = new ArrayList<>(articles.size());
                    List<Integer> positions = new ArrayList<>(articles.size());
                    for (int i = 0; i < articles.size(); i++) {
                        try {
                            documents.add(ArticleDocument.of(articles.get(i), storyIds.get(i), now));
                            positions.add(i);
                        } catch (RuntimeException malformed) {
                            refusals[i] = "Not an indexable article: " + malformed;
                        }
                    }
                    return indexes.writeTargets()
                            .flatMap(aliases -> write(aliases, documents))
                            .map(written -> {
                                for (int j = 0; j < written.length; j++) {
                                    refusals[positions.get(j)] = written[j];
                                }
                                List<IndexOutcome> outcomes = new ArrayList<>(articles.size());
                                for (int i = 0; i < articles.size(); i++) {
                                    AnalyzedArticle article = articles.get(i);
                                    outcomes.add(refusals[i] != null ? IndexOutcome.refused(refusals[i])
                                            : IndexOutcome.indexed(new IndexedArticle(article.id(), article.version(), now, storyIds.get(i))));
                                }
                                return outcomes;
                            });
                });
    }

    /**
     * One alias after the other (see {@link IndexManager#writeTargets()}); a vanished next version's
     * alias is skipped. The reasons the index refused documents, by position (null where written).
     */
    private Uni<String[]> write(List<String> aliases, List<JsonObject> documents) {
        if (documents.isEmpty()) {
            return Uni.createFrom().item(new String[0]);
        }
        String body = BulkWrite.body(documents);
        String[] refusals = new String[documents.size()];
        Uni<Void> writes = Uni.createFrom().voidItem();
        for (String alias : aliases) {
            boolean live = alias.equals(config.alias());
            writes = writes.flatMap(done -> openSearch.bulk(alias, true, live ? "wait_for" : null, body)
                    .onFailure(failure -> !live && IndexManager.isNotFound(failure)).recoverWithItem(() -> {
                        indexes.forgetWriteTargets();
                        return new JsonObject();
                    })
                    .invoke(response -> {
                        List<BulkWrite.Item> items = BulkWrite.items(response);
                        for (int i = 0; i < items.size(); i++) {
                            BulkWrite.Item item = items.get(i);
                            if (item.refused()) {
                                refusals[i] = item.error();
                            } else if (item.indexMissing() && !live) {
                                indexes.forgetWriteTargets();
                            } else if (!item.written()) {
                                throw new IllegalStateException("Writing " + item.id() + " to " + alias + " failed (" + item.status() + "): " + item.error());
                            }
                        }
                    })
                    .replaceWithVoid());
        }
        return writes.replaceWith(refusals);
    }

    /**
     * Every page reads a point in time: a first page the one shared by this moment's searches
     * ({@link SharedPointInTime}), hits and counts from the same snapshot, or the same search's answer
     * on this index generation ({@link FirstPageCache}); its cursor leads later pages into the point in
     * time, so articles indexed meanwhile neither shift nor repeat hits.
     */
    public Uni<SearchResult> search(SearchRequest request) {
        if (request.cursor() == null) {
            // once again on a new point in time should the shared one have gone (expired, closed)
            return nodeReads.answeredInTime(firstPage(request).onFailure(SearchService::pointInTimeGone).recoverWithUni(() -> firstPage(request)));
        }
        return nodeReads.answered(() -> openSearch.searchPit(SearchQueryBuilder.build(request))
                .onFailure(IndexManager::isNotFound).transform(expired -> ProblemException.invalid("cursor",
                        "'cursor' has expired; search again from the first page"))
                // OpenSearch cannot read the point in time: a token that no search of ours returned
                .onFailure(IndexManager::isBadRequest).transform(forged -> ProblemException.invalid("cursor",
                        "'cursor' is not a token returned by a previous search"))
                .map(response -> SearchResultMapper.map(response, request.size(), response.getString("pit_id", request.cursor().pit()))));
    }

    /** Read by the first of the searches asking it at once, which waits for its place at the node ({@link NodeReads}). */
    private Uni<SearchResult> firstPage(SearchRequest request) {
        return pointInTime.current().flatMap(snapshot -> firstPages.answer(snapshot, request,
                        () -> nodeReads.admitted(() -> openSearch.msearchPit(SearchQueryBuilder.firstPage(request, snapshot.pit())))
                                .map(SearchService::pageWithCounts)
                                .map(response -> SearchResultMapper.map(response, request.size(), snapshot.pit()))))
                .onFailure(SearchService::pointInTimeGone).invoke(pointInTime::forget);
    }

    private static boolean pointInTimeGone(Throwable failure) {
        return IndexManager.isNotFound(failure) || IndexManager.isBadRequest(failure);
    }

    /**
     * Articles like the given one, most alike first; no facets, no next page. Its language is read
     * first, as likeness is measured on that language's fields (their analyzers drop its stop words);
     * an id the index does not hold is a 404, not an empty list.
     */
    public Uni<SearchResult> similar(String id, int size) {
        return nodeReads.answered(() -> openSearch.document(config.alias(), id, "language")
                .onFailure(IndexManager::isNotFound)
                .transform(missing -> ProblemException.notFound("No article '" + id + "' is indexed"))
                .flatMap(document -> openSearch.search(config.alias(), SearchQueryBuilder.similar(id,
                        document.getJsonObject("_source", new JsonObject()).getString("language"), size)))
                .map(response -> SearchResultMapper.map(response, size, null)));
    }

    /** The first page's hits with the total and facets of the search beside it in the {@code _msearch}. */
    private static JsonObject pageWithCounts(JsonObject msearch) {
        JsonArray responses = msearch.getJsonArray("responses", new JsonArray());
        if (responses.size() != 2) {
            throw new IllegalStateException("Expected two search answers, got " + responses.size());
        }
        JsonObject page = responses.getJsonObject(0);
        JsonObject counts = responses.getJsonObject(1);
        for (JsonObject answer : List.of(page, counts)) {
            if (answer.containsKey("error")) {
                // with the answer's own status, so that a point in time gone missing (404) is told apart
                throw new WebApplicationException("Search failed (" + answer.getValue("status") + "): " + answer.getValue("error"),
                        answer.getInteger("status", 500));
            }
        }
        page.getJsonObject("hits").put("total", counts.getJsonObject("hits").getValue("total"));
        return page.put("aggregations", counts.getJsonObject("aggregations"));
    }

    /** A failure other than a problem of the request becomes "search is unavailable" (503). */
    public static <T> Uni<T> guarded(Uni<T> call) {
        return call.onFailure(failure -> !(failure instanceof ProblemException)).transform(SearchService::unavailable);
    }

    /** OpenSearch's own error text stays in our logs; the client learns only that search is down. */
    private static ProblemException unavailable(Throwable failure) {
        // the failure itself names what happened when it has no message (a deadline passed)
        LOG.warnf("Search failed: %s", failure);
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "Search is temporarily unavailable", null);
    }

}
