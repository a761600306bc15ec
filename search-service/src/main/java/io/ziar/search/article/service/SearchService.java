package io.ziar.search.article.service;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.api.SearchParameters;
import io.ziar.contracts.api.SearchResult;
import io.ziar.contracts.api.SimilarParameters;
import io.ziar.search.article.client.OpenSearchClient;
import io.ziar.search.article.client.OpenSearchErrors;
import io.ziar.contracts.PageKind;
import io.ziar.search.article.config.SearchConfig;
import io.ziar.search.article.query.PageKinds;
import io.ziar.search.article.query.PageSize;
import io.ziar.search.article.query.SearchQueryBuilder;
import io.ziar.search.article.query.SearchRequest;
import io.ziar.search.article.query.SearchResultMapper;
import io.ziar.search.article.read.FirstPageCache;
import io.ziar.search.article.read.NodeReads;
import io.ziar.search.article.read.SharedPointInTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;
import java.util.Set;

/** Answers searches and similar-article reads, always through the alias. */
@ApplicationScoped
public class SearchService {

    private final OpenSearchClient openSearch;
    private final SearchConfig config;
    private final SharedPointInTime pointInTime;
    private final FirstPageCache firstPages;
    private final NodeReads nodeReads;

    public SearchService(@RestClient OpenSearchClient openSearch, SearchConfig config, SharedPointInTime pointInTime,
                         FirstPageCache firstPages, NodeReads nodeReads) {
        this.openSearch = openSearch;
        this.config = config;
        this.pointInTime = pointInTime;
        this.firstPages = firstPages;
        this.nodeReads = nodeReads;
    }

    /**
     * Every page reads a point in time: a first page the one shared by this moment's searches
     * ({@link SharedPointInTime}), hits and counts from the same snapshot, or the same search's answer
     * on this index generation ({@link FirstPageCache}); its cursor leads later pages into the point in
     * time, so articles indexed meanwhile neither shift nor repeat hits.
     */
    public Uni<SearchResult> search(SearchParameters parameters) {
        return Uni.createFrom().item(() -> SearchRequest.from(parameters, config)).flatMap(this::search);
    }

    private Uni<SearchResult> search(SearchRequest request) {
        if (request.cursor() == null) {
            // once again on a new point in time should the shared one have gone (expired, closed)
            return nodeReads.answeredInTime(firstPage(request).onFailure(SearchService::pointInTimeGone).recoverWithUni(() -> firstPage(request)));
        }
        return nodeReads.answered(() -> openSearch.searchPit(SearchQueryBuilder.build(request))
                .onFailure(OpenSearchErrors::isNotFound).transform(expired -> ProblemException.invalid("cursor",
                        "'cursor' has expired; search again from the first page"))
                // OpenSearch cannot read the point in time: a token that no search of ours returned
                .onFailure(OpenSearchErrors::isBadRequest).transform(forged -> ProblemException.invalid("cursor",
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
        return OpenSearchErrors.isNotFound(failure) || OpenSearchErrors.isBadRequest(failure);
    }

    /**
     * Articles like the given one, most alike first; no facets, no next page. Its language is read
     * first, as likeness is measured on that language's fields (their analyzers drop its stop words);
     * an id the index does not hold is a 404, not an empty list. Only pages of the kinds asked for.
     */
    public Uni<SearchResult> similar(SimilarParameters parameters) {
        return Uni.createFrom().item(() -> PageSize.of(parameters.size, config))
                .flatMap(size -> similar(parameters.id, size, PageKinds.parse(parameters.kind)));
    }

    private Uni<SearchResult> similar(String id, int size, Set<PageKind> kinds) {
        return nodeReads.answered(() -> openSearch.document(config.alias(), id, "language")
                .onFailure(OpenSearchErrors::isNotFound)
                .transform(missing -> ProblemException.notFound("No article '" + id + "' is indexed"))
                .flatMap(document -> openSearch.search(config.alias(), SearchQueryBuilder.similar(id,
                        document.getJsonObject("_source", new JsonObject()).getString("language"), size, kinds)))
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
}
