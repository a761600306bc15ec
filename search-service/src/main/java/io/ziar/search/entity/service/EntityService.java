package io.ziar.search.entity.service;

import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.api.EntityProfile;
import io.ziar.contracts.api.EntitySuggestionParameters;
import io.ziar.contracts.api.EntitySuggestions;
import io.ziar.search.article.client.OpenSearchClient;
import io.ziar.search.article.config.SearchConfig;
import io.ziar.search.article.query.PageSize;
import io.ziar.search.article.read.NodeReads;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import static io.ziar.commons.input.Inputs.blankToNull;

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

    /** Autocomplete: a prefix is required, with a letter or digit; the page size as for every list. */
    public Uni<EntitySuggestions> suggest(EntitySuggestionParameters parameters) {
        String typed = blankToNull(parameters.prefix);
        if (typed == null) {
            return Uni.createFrom().failure(ProblemException.invalid("prefix", "'prefix' is required"));
        }
        return Uni.createFrom().item(() -> {
            name("prefix", typed);
            return PageSize.of(parameters.size, config);
        }).flatMap(count -> suggest(typed, count));
    }

    private Uni<EntitySuggestions> suggest(String prefix, int size) {
        return nodeReads.answered(() -> openSearch.search(config.alias(), EntityQueries.suggest(prefix, size))
                .map(EntityQueries::suggestions));
    }

    public Uni<EntityProfile> profile(String canonical) {
        return Uni.createFrom().item(() -> name("canonical", canonical.strip())).flatMap(this::profileOf);
    }

    private Uni<EntityProfile> profileOf(String canonical) {
        return nodeReads.answered(() -> openSearch.search(config.alias(), EntityQueries.profile(canonical))
                .map(response -> EntityQueries.profile(canonical, response))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No article names '" + canonical + "'")));
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
