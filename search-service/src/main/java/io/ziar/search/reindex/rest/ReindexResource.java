package io.ziar.search.reindex.rest;

import io.smallrye.mutiny.Uni;
import io.ziar.contracts.api.ReindexJob;
import io.ziar.search.reindex.service.ReindexService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

/** Admin (the gateway lets only admin keys through): rebuild the index from the stored articles. */
@Path("/api/v1/admin/reindex")
@Produces(MediaType.APPLICATION_JSON)
public class ReindexResource {

    private final ReindexService reindex;

    public ReindexResource(ReindexService reindex) {
        this.reindex = reindex;
    }

    @POST
    public Uni<RestResponse<ReindexJob>> start() {
        return reindex.start().map(job -> RestResponse.ResponseBuilder.accepted(job).location(URI.create(job.href())).build());
    }

    @GET
    @Path("/{id}")
    public Uni<ReindexJob> job(@RestPath String id) {
        return reindex.job(id);
    }
}
