package io.ziar.ingest.article.rest;

import io.ziar.contracts.api.ArticleSubmission;

import io.smallrye.mutiny.Uni;
import io.ziar.contracts.api.Acceptance;
import io.ziar.ingest.article.service.ArticleService;
import io.ziar.contracts.api.ArticleView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final ArticleService articles;

    public ArticleResource(ArticleService articles) {
        this.articles = articles;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<Acceptance>> submit(ArticleSubmission submission) {
        return articles.accept(submission)
                .map(accepted -> RestResponse.ResponseBuilder.accepted(accepted)
                        .location(URI.create(accepted.href()))
                        .build());
    }

    @GET
    @Path("/{id}")
    public Uni<ArticleView> get(@PathParam("id") String id) {
        return articles.find(id);
    }
}
