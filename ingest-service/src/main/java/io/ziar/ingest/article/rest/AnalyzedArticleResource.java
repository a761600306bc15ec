package io.ziar.ingest.article.rest;

import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.AnalyzedArticlePage;
import io.ziar.ingest.article.service.ArticleService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import static io.ziar.commons.input.Inputs.blankToNull;

/**
 * Internal (the gateway does not relay it): the stored analyses, page after page in id order, for
 * search-service to rebuild its index from the source of truth.
 */
@Path("/internal/v1/analyzed-articles")
@Produces(MediaType.APPLICATION_JSON)
public class AnalyzedArticleResource {

    static final int MAX_LIMIT = 1000;

    private final ArticleService articles;

    public AnalyzedArticleResource(ArticleService articles) {
        this.articles = articles;
    }

    @GET
    @Operation(summary = "Analysed articles in id order (keyset paging)")
    public Uni<AnalyzedArticlePage> page(@Parameter(description = "The 'next' of the previous page") @RestQuery String after,
                                         @Parameter(description = "Articles per page, 1 to 1000 (500)") @RestQuery Integer limit) {
        int size = limit == null ? 500 : limit;
        if (size < 1 || size > MAX_LIMIT) {
            return Uni.createFrom().failure(ProblemException.invalid("limit", "'limit' must be between 1 and " + MAX_LIMIT));
        }
        return articles.analyzedAfter(blankToNull(after), size);
    }
}
