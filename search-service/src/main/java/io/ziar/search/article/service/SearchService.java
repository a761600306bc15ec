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
import java.util.List;
import java.util.function.Predicate;

/** Writes articles to the index and answers searches, always through the alias. */
@ApplicationScoped
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class);
    private static final int VERSION_CONFLICT = 409;

    private final OpenSearchClient openSearch;
    private final IndexManager indexes;
    private final SearchConfig config;

    private final StoryAssigner stories;

    public SearchService(@RestClient OpenSearchClient openSearch, IndexManager indexes, SearchConfig config, StoryAssigner stories) {
        this.openSearch = openSearch;
        this.indexes = indexes;
        this.config = config;
        this.stories = stories;
    }

    /**
     * Indexes one article version. The article id is the document id and its version an external
     * version: a replayed or older version is a no-op, never a duplicate or a rollback.
     */
    public Uni<IndexedArticle> index(AnalyzedArticle article) {
        Instant now = Instant.now();
        return indexes.ready()
                .flatMap(ready -> stories.storyOf(article))
                .flatMap(storyId -> indexes.writeTargets()
                        .flatMap(aliases -> write(aliases, article, ArticleDocument.of(article, storyId, now)))
                        .replaceWith(new IndexedArticle(article.id(), article.version(), now, storyId)));
    }

    /** One alias after the other (see {@link IndexManager#writeTargets()}); a vanished next version's alias is skipped. */
    private Uni<Void> write(List<String> aliases, AnalyzedArticle article, JsonObject document) {
        Uni<Void> writes = Uni.createFrom().voidItem();
        for (String alias : aliases) {
            Predicate<Throwable> vanished = failure -> !alias.equals(config.alias()) && IndexManager.isNotFound(failure);
            writes = writes.flatMap(done -> openSearch.index(alias, article.id(), article.version(), "external_gte", true, document)
                    .onFailure(SearchService::isVersionConflict).recoverWithNull()
                    .onFailure(vanished).invoke(indexes::forgetWriteTargets)
                    .onFailure(vanished).recoverWithNull()
                    .replaceWithVoid());
        }
        return writes;
    }

    /**
     * A first page reads the live index and opens a point in time only when there is a next page, so
     * one-page searches cost no search context; later pages read that point in time, and the last
     * page closes it.
     */
    public Uni<SearchResult> search(SearchRequest request) {
        JsonObject query = SearchQueryBuilder.build(request);
        String pit = request.cursor() == null ? null : request.cursor().pit();
        Uni<SearchResult> result = pit == null
                ? openSearch.search(config.alias(), query).flatMap(response -> firstPage(request, response))
                : openSearch.searchPit(query)
                        .onFailure(IndexManager::isNotFound).transform(expired -> ProblemException.invalid("cursor",
                                "'cursor' has expired; search again from the first page"))
                        // OpenSearch cannot read the point in time: a token that no search of ours returned
                        .onFailure(SearchService::isBadRequest).transform(forged -> ProblemException.invalid("cursor",
                                "'cursor' is not a token returned by a previous search"))
                        .map(response -> SearchResultMapper.map(response, request.size(), response.getString("pit_id", pit)))
                        .invoke(page -> closeWhenLast(page, pit));
        return guarded(result);
    }

    /** Articles like the given one, most alike first; no facets, no next page. */
    public Uni<SearchResult> similar(String id, int size) {
        return guarded(openSearch.search(config.alias(), SearchQueryBuilder.similar(id, size))
                .map(response -> SearchResultMapper.map(response, size, null)));
    }

    private Uni<SearchResult> firstPage(SearchRequest request, JsonObject response) {
        SearchResult page = SearchResultMapper.map(response, request.size(), null);
        if (page.next() == null) {
            return Uni.createFrom().item(page);
        }
        return openSearch.createPit(config.alias(), SearchQueryBuilder.PIT_KEEP_ALIVE)
                .map(pit -> SearchResultMapper.map(response, request.size(), pit.getString("pit_id")));
    }

    private void closeWhenLast(SearchResult page, String pit) {
        if (page.next() == null) {
            openSearch.deletePit(new JsonObject().put("pit_id", new JsonArray().add(pit))).subscribe().with(
                    closed -> { }, failure -> LOG.debugf("Point in time not closed (it expires anyway): %s", failure.getMessage()));
        }
    }

    /** A read's failure other than a problem of the request becomes "search is unavailable" (503). */
    public static <T> Uni<T> guarded(Uni<T> read) {
        return read.onFailure(failure -> !(failure instanceof ProblemException)).transform(SearchService::unavailable);
    }

    /** OpenSearch's own error text stays in our logs; the client learns only that search is down. */
    private static ProblemException unavailable(Throwable failure) {
        LOG.warnf("Search failed: %s", failure.getMessage());
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "Search is temporarily unavailable", null);
    }

    private static boolean isBadRequest(Throwable failure) {
        return failure instanceof WebApplicationException web && web.getResponse().getStatus() == 400;
    }

    private static boolean isVersionConflict(Throwable failure) {
        return failure instanceof WebApplicationException web && web.getResponse().getStatus() == VERSION_CONFLICT;
    }
}
