package io.ziar.search.article.rest;

import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.api.SearchResult;
import io.ziar.search.article.config.SearchConfig;
import io.ziar.search.article.service.SearchService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

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
    public Uni<SearchResult> similar(@RestPath String id,
                                     @Parameter(description = "Hits, 1 to 100") @RestQuery Integer size) {
        int hits = size == null ? config.defaultSize() : size;
        if (hits < 1 || hits > config.maxSize()) {
            return Uni.createFrom().failure(ProblemException.invalid("size", "'size' must be between 1 and " + config.maxSize()));
        }
        return search.similar(id, hits);
    }
}
