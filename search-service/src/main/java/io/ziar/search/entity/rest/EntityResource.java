package io.ziar.search.entity.rest;

import io.smallrye.mutiny.Uni;
import io.ziar.contracts.api.EntityProfile;
import io.ziar.contracts.api.EntitySuggestionParameters;
import io.ziar.contracts.api.EntitySuggestions;
import io.ziar.search.entity.service.EntityService;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/v1/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    private final EntityService entities;

    public EntityResource(EntityService entities) {
        this.entities = entities;
    }

    @GET
    public Uni<EntitySuggestions> suggest(@BeanParam EntitySuggestionParameters parameters) {
        return entities.suggest(parameters);
    }

    @GET
    @Path("/{canonical}")
    public Uni<EntityProfile> profile(@RestPath String canonical) {
        return entities.profile(canonical);
    }
}
