package io.ziar.search.entity.service;

import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.api.EntityProfile;
import io.ziar.contracts.api.EntitySuggestions;
import io.ziar.search.article.client.OpenSearchClient;
import io.ziar.search.article.config.SearchConfig;
import io.ziar.search.article.service.NodeReads;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Entities as the indexed articles name them: autocomplete and one entity's profile. */
@ApplicationScoped
public class EntityService {

    private final OpenSearchClient openSearch;
    private final SearchConfig config;
    private final NodeReads nodeReads;

    public EntityService(@RestClient OpenSearchClient openSearch, SearchConfig config, NodeReads nodeReads) {
        this.openSearch = openSearch;
        this.config = config;
        this.nodeReads = nodeReads;
    }

    public Uni<EntitySuggestions> suggest(String prefix, int size) {
        return nodeReads.answered(() -> openSearch.search(config.alias(), EntityQueries.suggest(prefix, size))
                .map(EntityQueries::suggestions));
    }

    public Uni<EntityProfile> profile(String canonical) {
        return nodeReads.answered(() -> openSearch.search(config.alias(), EntityQueries.profile(canonical))
                .map(response -> EntityQueries.profile(canonical, response))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No article names '" + canonical + "'")));
    }
}
