package io.ziar.search.article.rest;

import io.smallrye.mutiny.Uni;
import io.ziar.contracts.api.SearchResult;
import io.ziar.contracts.api.SimilarParameters;
import io.ziar.search.article.config.SearchConfig;
import io.ziar.search.article.service.SearchService;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/articles/{id}/similar")
@Produces(MediaType.APPLICATION_JSON)
public class SimilarResource {

    private final SearchService search;
    private final SearchConfig config;

    public SimilarResource(SearchService search, SearchConfig config) {
        this.search = search;
        this.config = config;
    }

    @GET
    public Uni<SearchResult> similar(@BeanParam SimilarParameters parameters) {
        return Uni.createFrom().item(() -> PageSize.of(parameters.size(), config)).flatMap(hits -> search.similar(parameters.id(), hits));
    }
}
