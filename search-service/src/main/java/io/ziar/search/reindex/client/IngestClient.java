package io.ziar.search.reindex.client;

import io.smallrye.mutiny.Uni;
import io.ziar.contracts.AnalyzedArticlePage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** ingest-service's stored analyses, the source a reindex rebuilds the index from. */
@RegisterRestClient(configKey = "ingest")
@Path("/internal/v1/analyzed-articles")
@Produces(MediaType.APPLICATION_JSON)
public interface IngestClient {

    @GET
    Uni<AnalyzedArticlePage> analyzed(@RestQuery String after, @RestQuery int limit);
}
