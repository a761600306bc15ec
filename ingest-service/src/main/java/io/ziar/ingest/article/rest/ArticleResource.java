package io.ziar.ingest.article.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.ProblemException;
import io.ziar.commons.problem.ProblemType;
import io.ziar.contracts.api.Acceptance;
import io.ziar.contracts.api.ArticleRevisions;
import io.ziar.contracts.api.ArticleSubmission;
import io.ziar.contracts.api.ArticleView;
import io.ziar.ingest.article.service.ArticleService;
import io.ziar.ingest.job.model.JobView;
import io.ziar.ingest.job.rest.JobResource;
import io.ziar.ingest.job.service.BulkIngestService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.InputStream;
import java.net.URI;
import java.util.Locale;

/**
 * One class for every /api/v1/articles path: Quarkus REST picks a resource class by its path's
 * longest literal prefix and does not fall back to another class, so a separate class at
 * /api/v1/articles:bulk would be shadowed by one at /api/v1/articles.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    public static final String NDJSON = "application/x-ndjson";

    private final ArticleService articles;
    private final BulkIngestService bulk;

    public ArticleResource(ArticleService articles, BulkIngestService bulk) {
        this.articles = articles;
        this.bulk = bulk;
    }

    @POST
    @Path("/articles")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<Acceptance>> submit(ArticleSubmission submission) {
        return articles.accept(submission)
                .map(accepted -> RestResponse.ResponseBuilder.accepted(accepted)
                        .location(URI.create(accepted.href()))
                        .build());
    }

    /**
     * NDJSON upload, one article object a line, optionally gzip. Blocking on purpose: Quarkus REST
     * hands a blocking method the body as a stream read on the worker thread (nothing is buffered
     * whole), and the lines are stored in batches as they are read. The answer comes when the body
     * ends: 202 with the job, whose received / rejected / duplicate counts are then final while
     * analysis and indexing go on (follow its href).
     */
    @POST
    @Path("/articles:bulk")
    @Blocking
    @Consumes({NDJSON, "application/jsonl"})
    public RestResponse<JobView> bulk(InputStream body, @HeaderParam(HttpHeaders.CONTENT_ENCODING) String encoding) {
        String coding = encoding == null || encoding.isBlank() ? "identity" : encoding.strip().toLowerCase(Locale.ROOT);
        if (!coding.equals("gzip") && !coding.equals("identity")) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Encoding '" + encoding + "' is not accepted; send gzip or no encoding", null);
        }
        return JobResource.accepted(bulk.ingest(body, coding.equals("gzip")));
    }

    @GET
    @Path("/articles/{id}")
    public Uni<ArticleView> get(@PathParam("id") String id) {
        return articles.find(id);
    }

    /** The article's versions, newest first: a changed page under the same canonical URL is a new version. */
    @GET
    @Path("/articles/{id}/revisions")
    public Uni<ArticleRevisions> revisions(@PathParam("id") String id) {
        return articles.revisions(id);
    }
}
