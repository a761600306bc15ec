package io.ziar.ingest.job.rest;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.ziar.ingest.job.model.JobView;
import io.ziar.ingest.job.service.JobService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.net.URI;

@Path("/api/v1/jobs")
public class JobResource {

    private final JobService jobs;

    public JobResource(JobService jobs) {
        this.jobs = jobs;
    }

    /** The answer to an upload that made a job (bulk NDJSON, feed document, WARC): 202 with the job, its href as Location. */
    public static RestResponse<JobView> accepted(JobView job) {
        return RestResponse.ResponseBuilder.accepted(job).location(URI.create(job.href())).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<JobView> get(@PathParam("id") String id) {
        return jobs.find(id);
    }

    /** Server-sent events: the job's state every second until it is DONE or ABORTED. */
    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<JobView> events(@PathParam("id") String id) {
        return jobs.follow(id);
    }
}
