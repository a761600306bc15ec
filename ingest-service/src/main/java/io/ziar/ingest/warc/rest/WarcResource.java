package io.ziar.ingest.warc.rest;

import io.smallrye.common.annotation.Blocking;
import io.ziar.ingest.job.model.JobView;
import io.ziar.ingest.job.rest.JobResource;
import io.ziar.ingest.warc.service.WarcIngestService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.InputStream;

@Path("/api/v1/warc")
@Produces(MediaType.APPLICATION_JSON)
public class WarcResource {

    private final WarcIngestService warc;

    public WarcResource(WarcIngestService warc) {
        this.warc = warc;
    }

    /**
     * A WARC file, gzip-compressed per record or not, read as a stream on the worker thread (never held
     * whole); 202 with the job when the body ends.
     */
    @POST
    @Blocking
    @Consumes({"application/warc", "application/gzip", "application/x-gzip", MediaType.APPLICATION_OCTET_STREAM})
    public RestResponse<JobView> upload(InputStream body) {
        return JobResource.accepted(warc.ingest(body));
    }
}
