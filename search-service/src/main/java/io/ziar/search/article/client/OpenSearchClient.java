package io.ziar.search.article.client;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The few OpenSearch REST calls the service needs; bodies are JSON built by the service. */
@RegisterRestClient(configKey = "opensearch")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface OpenSearchClient {

    @GET
    @Path("/_cluster/health")
    Uni<JsonObject> clusterHealth();

    @GET
    @Path("/_alias/{alias}")
    Uni<JsonObject> alias(@PathParam("alias") String alias);

    @PUT
    @Path("/{index}")
    Uni<JsonObject> createIndex(@PathParam("index") String index, JsonObject settings);

    @POST
    @Path("/_aliases")
    Uni<JsonObject> updateAliases(JsonObject actions);

    /**
     * Many writes in one request: NDJSON action and document lines; per-item failures are in the answer.
     * {@code requireAlias} (writes through an alias) refuses to auto-create an index of the alias's name;
     * {@code refresh} {@code wait_for} answers once a refresh has made the documents searchable, null
     * answers at once and leaves them to the next scheduled refresh.
     */
    @POST
    @Path("/{index}/_bulk")
    @Consumes("application/x-ndjson")
    Uni<JsonObject> bulk(@PathParam("index") String index, @QueryParam("require_alias") boolean requireAlias,
                         @QueryParam("refresh") String refresh, String ndjson);

    /** Many searches in one request: NDJSON header and body lines; one answer (or error) per search, in order. */
    @POST
    @Path("/{index}/_msearch")
    @Consumes("application/x-ndjson")
    Uni<JsonObject> msearch(@PathParam("index") String index, String ndjson);

    /** Adds fields to an index's mapping (existing fields cannot change: that takes a new index version). */
    @PUT
    @Path("/{index}/_mapping")
    Uni<JsonObject> putMapping(@PathParam("index") String index, JsonObject mapping);

    @POST
    @Path("/{index}/_refresh")
    Uni<JsonObject> refresh(@PathParam("index") String index);

    /** The refresh counts of the indices behind {@code index} (an alias or an index). */
    @GET
    @Path("/{index}/_stats/refresh")
    Uni<JsonObject> refreshStats(@PathParam("index") String index);

    @GET
    @Path("/{index}/_count")
    Uni<JsonObject> count(@PathParam("index") String index);

    @DELETE
    @Path("/{index}")
    Uni<JsonObject> deleteIndex(@PathParam("index") String index);

    /** One document's source fields ({@code _source_includes}, comma-separated); 404 when there is none. */
    @GET
    @Path("/{index}/_doc/{id}")
    Uni<JsonObject> document(@PathParam("index") String index, @PathParam("id") String id,
                             @QueryParam("_source_includes") String fields);

    @POST
    @Path("/{index}/_search")
    Uni<JsonObject> search(@PathParam("index") String index, JsonObject query);

    /** Many searches of points in time (each body names its own): the path names no index. */
    @POST
    @Path("/_msearch")
    @Consumes("application/x-ndjson")
    Uni<JsonObject> msearchPit(String ndjson);

    /** Opens a point in time: a frozen view of the index that later pages are read from. */
    @POST
    @Path("/{index}/_search/point_in_time")
    Uni<JsonObject> createPit(@PathParam("index") String index, @QueryParam("keep_alive") String keepAlive);

    /** A search in a point in time: the body names it, the path names no index. */
    @POST
    @Path("/_search")
    Uni<JsonObject> searchPit(JsonObject query);
}
