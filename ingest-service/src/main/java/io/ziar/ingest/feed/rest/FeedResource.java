package io.ziar.ingest.feed.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.ziar.contracts.api.FeedRegistration;
import io.ziar.contracts.api.FeedView;
import io.ziar.ingest.feed.service.FeedService;
import io.ziar.ingest.job.model.JobView;
import io.ziar.ingest.job.rest.JobResource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

/** Feed documents (/feeds:ingest) and registered feeds (/feeds), in one class for the reason given on ArticleResource. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    public static final String RSS = "application/rss+xml";
    public static final String ATOM = "application/atom+xml";

    private final FeedService feeds;

    public FeedResource(FeedService feeds) {
        this.feeds = feeds;
    }

    /** An RSS 2.0 or Atom document: its items become articles of a job; 202 with the job. */
    @POST
    @Path("/feeds:ingest")
    @Blocking
    @Consumes({RSS, ATOM, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public RestResponse<JobView> ingest(InputStream body) {
        return JobResource.accepted(feeds.ingest(body));
    }

    /** Registers a feed to poll: 201 when new, 200 when it was registered already. */
    @POST
    @Path("/feeds")
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<FeedView>> register(FeedRegistration registration) {
        return feeds.register(registration).map(registered -> registered.created()
                ? RestResponse.ResponseBuilder.<FeedView>created(URI.create(registered.feed().href())).entity(registered.feed()).build()
                : RestResponse.ok(registered.feed()));
    }

    @GET
    @Path("/feeds")
    public Uni<List<FeedView>> list() {
        return feeds.list();
    }

    @GET
    @Path("/feeds/{id}")
    public Uni<FeedView> get(@PathParam("id") String id) {
        return feeds.find(id);
    }

    @DELETE
    @Path("/feeds/{id}")
    public Uni<Void> delete(@PathParam("id") String id) {
        return feeds.delete(id);
    }
}
