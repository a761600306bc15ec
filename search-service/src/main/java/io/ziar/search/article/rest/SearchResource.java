package io.ziar.search.article.rest;

import io.smallrye.mutiny.Uni;
import io.ziar.contracts.api.SearchParameters;
import io.ziar.contracts.api.SearchResult;
import io.ziar.contracts.api.SimilarParameters;
import io.ziar.search.article.service.SearchService;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Searches of the articles: by query, and by likeness to one article. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final SearchService search;

    public SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Path("/search")
    public Uni<SearchResult> search(@BeanParam SearchParameters parameters) {
        return search.search(parameters);
    }

    @GET
    @Path("/articles/{id}/similar")
    public Uni<SearchResult> similar(@BeanParam SimilarParameters parameters) {
        return search.similar(parameters);
    }
}
