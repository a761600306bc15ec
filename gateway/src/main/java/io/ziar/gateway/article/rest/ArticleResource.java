package io.ziar.gateway.article.rest;

import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.Problem;
import io.ziar.contracts.api.Acceptance;
import io.ziar.contracts.api.ArticleRevisions;
import io.ziar.contracts.api.ArticleSubmission;
import io.ziar.contracts.api.ArticleView;
import io.ziar.contracts.api.SearchResult;
import io.ziar.contracts.api.SimilarParameters;
import io.ziar.gateway.access.RequiresRole;
import io.ziar.gateway.access.model.Role;
import io.ziar.gateway.article.client.IngestReadsClient;
import io.ziar.gateway.article.client.IngestWritesClient;
import io.ziar.gateway.openapi.ProblemExamples;
import io.ziar.gateway.proxy.Relay;
import io.ziar.gateway.search.client.SearchClient;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

@Path("/api/v1/articles")
@Tag(name = "Articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private static final Logger LOG = Logger.getLogger(ArticleResource.class);

    private final IngestWritesClient writes;
    private final IngestReadsClient reads;
    private final SearchClient search;

    public ArticleResource(@RestClient IngestWritesClient writes, @RestClient IngestReadsClient reads,
                           @RestClient SearchClient search) {
        this.writes = writes;
        this.reads = reads;
        this.search = search;
    }

    @POST
    @RequiresRole(Role.INGESTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit one article (HTML or text); it is analysed and indexed asynchronously")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ArticleSubmission.class)))
    @APIResponse(responseCode = "202", description = "Accepted; follow the Location to see its status",
            content = @Content(schema = @Schema(implementation = Acceptance.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, nothing stored; the field at fault in 'field'",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong-type", value = ProblemExamples.WRONG_TYPE)))
    @APIResponse(responseCode = "413", description = "Body over the limit (5 MB by default)")
    @APIResponse(responseCode = "415", description = "Not JSON: the detail says which media types the endpoint takes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "media-type", value = ProblemExamples.ARTICLE_MEDIA_TYPE)))
    public Uni<Response> submit(byte[] article) {
        return writes.submit(article).map(Relay::of).invoke(response -> {
            if (response.getStatus() == Response.Status.ACCEPTED.getStatusCode()) {
                LOG.infof("Article submitted: %s", response.getHeaderString(HttpHeaders.LOCATION));
            }
        });
    }

    @GET
    @Path("/{id}")
    @RequiresRole(Role.READER)
    @Operation(summary = "The stored and analysed article with its processing status")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@PathParam("id") String id) {
        return reads.article(id).map(Relay::of);
    }

    @GET
    @Path("/{id}/revisions")
    @RequiresRole(Role.READER)
    @Operation(summary = "The article's versions, newest first: the same canonical URL with changed content is a new "
            + "version (search shows the latest); the same content again is a duplicate")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleRevisions.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> revisions(@PathParam("id") String id) {
        return reads.revisions(id).map(Relay::of);
    }

    /** Here rather than in a class of its own: Quarkus REST picks one class per path prefix. */
    @GET
    @Path("/{id}/similar")
    @RequiresRole(Role.READER)
    @Operation(summary = "Articles like this one (more like this), most alike first, the words they share marked")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SearchResult.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No article with this id is indexed (yet)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-indexed", value = ProblemExamples.NOT_INDEXED)))
    public Uni<Response> similar(@BeanParam SimilarParameters parameters) {
        return search.similar(parameters).map(Relay::of);
    }
}
