package io.ziar.search.article.service;

import io.ziar.contracts.api.SearchResult;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.ziar.commons.problem.ProblemException;
import io.ziar.commons.problem.ProblemType;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.IndexedArticle;
import io.ziar.search.article.client.OpenSearchClient;
import io.ziar.search.article.config.SearchConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Instant;

/** Writes articles to the index and answers searches, always through the alias. */
@ApplicationScoped
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class);
    private static final int VERSION_CONFLICT = 409;

    private final OpenSearchClient openSearch;
    private final IndexManager indexes;
    private final SearchConfig config;

    public SearchService(@RestClient OpenSearchClient openSearch, IndexManager indexes, SearchConfig config) {
        this.openSearch = openSearch;
        this.indexes = indexes;
        this.config = config;
    }

    /**
     * Indexes one article version. The article id is the document id and its version an external
     * version: a replayed or older version is a no-op, never a duplicate or a rollback.
     */
    public Uni<IndexedArticle> index(AnalyzedArticle article) {
        Instant now = Instant.now();
        JsonObject document = ArticleDocument.of(article, now);
        return indexes.ready()
                .flatMap(ready -> openSearch.index(config.alias(), article.id(), article.version(), "external_gte", document))
                .onFailure(SearchService::isVersionConflict).recoverWithNull()
                .replaceWith(new IndexedArticle(article.id(), article.version(), now));
    }

    public Uni<SearchResult> search(SearchRequest request) {
        return openSearch.search(config.alias(), SearchQueryBuilder.build(request))
                .map(response -> SearchResultMapper.map(response, request.size()))
                .onFailure(failure -> !(failure instanceof ProblemException)).transform(SearchService::unavailable);
    }

    /** OpenSearch's own error text stays in our logs; the client learns only that search is down. */
    private static ProblemException unavailable(Throwable failure) {
        LOG.warnf("Search failed: %s", failure.getMessage());
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "Search is temporarily unavailable", null);
    }

    private static boolean isVersionConflict(Throwable failure) {
        return failure instanceof WebApplicationException web && web.getResponse().getStatus() == VERSION_CONFLICT;
    }
}
