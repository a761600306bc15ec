package io.ziar.search.entity.rest;

import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.api.EntityProfile;
import io.ziar.contracts.api.EntitySuggestionParameters;
import io.ziar.contracts.api.EntitySuggestions;
import io.ziar.search.article.config.SearchConfig;
import io.ziar.search.article.rest.PageSize;
import io.ziar.search.entity.service.EntityKeys;
import io.ziar.search.entity.service.EntityService;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

import static io.ziar.commons.input.Inputs.blankToNull;

@Path("/api/v1/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    private final EntityService entities;
    private final SearchConfig config;

    public EntityResource(EntityService entities, SearchConfig config) {
        this.entities = entities;
        this.config = config;
    }

    @GET
    public Uni<EntitySuggestions> suggest(@BeanParam EntitySuggestionParameters parameters) {
        String typed = blankToNull(parameters.prefix());
        if (typed == null) {
            return Uni.createFrom().failure(ProblemException.invalid("prefix", "'prefix' is required"));
        }
        return Uni.createFrom().item(() -> {
            name("prefix", typed);
            return PageSize.of(parameters.size(), config);
        }).flatMap(count -> entities.suggest(typed, count));
    }

    @GET
    @Path("/{canonical}")
    public Uni<EntityProfile> profile(@RestPath String canonical) {
        return Uni.createFrom().item(() -> name("canonical", canonical.strip())).flatMap(entities::profile);
    }

    /** A name to look up: some letter or digit, and short enough for the node's regular expressions. */
    private static String name(String field, String typed) {
        if (typed.length() > EntityKeys.MAX_TYPED) {
            throw ProblemException.invalid(field, "'" + field + "' has " + typed.length() + " characters; at most "
                    + EntityKeys.MAX_TYPED + " are allowed");
        }
        if (EntityKeys.fold(typed).isEmpty()) {
            throw ProblemException.invalid(field, "'" + field + "' needs a letter or a digit");
        }
        return typed;
    }
}
