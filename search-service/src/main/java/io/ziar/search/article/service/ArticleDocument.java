package io.ziar.search.article.service;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.Entity;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The OpenSearch document of an analysed article; entity facets hold canonical names per type.
 * Title and body always go to the generic folded fields, and also to the fields of the article's
 * language (Romanian or English) so that its stemming applies only where the language is known.
 */
public final class ArticleDocument {

    /** Languages with analysers of their own; the mapping has title_xx and body_xx for each. */
    public static final List<String> ANALYSED_LANGUAGES = List.of("ro", "en");

    /**
     * RONEC labels that become facets, and the document field each fills. A PERSON entity without a
     * canonical name is a pronoun or a role ("ministrul", "Omologul său"), not a name: no facet value.
     */
    public static final Map<String, String> FACET_FIELDS = Map.of("PERSON", "person", "ORG", "org", "GPE", "gpe", "LOC", "loc");

    private ArticleDocument() {
    }

    public static JsonObject of(AnalyzedArticle article, Instant indexedAt) {
        JsonObject document = new JsonObject()
                .put("id", article.id())
                .put("version", article.version())
                .put("url", article.url())
                .put("source", article.source() == null ? null : article.source().toLowerCase(Locale.ROOT))
                .put("language", article.language())
                .put("title", article.title())
                .put("body", article.body())
                .put("publishedAt", article.publishedAt() == null ? null : article.publishedAt().toString())
                .put("indexedAt", indexedAt.toString())
                // An article of its own story until a near-duplicate joins it, so collapse never merges unrelated ones.
                .put("storyId", article.storyId() != null ? article.storyId() : article.id());
        if (article.language() != null && ANALYSED_LANGUAGES.contains(article.language())) {
            document.put("title_" + article.language(), article.title()).put("body_" + article.language(), article.body());
        }
        FACET_FIELDS.forEach((label, field) -> {
            TreeSet<String> names = new TreeSet<>();
            for (Entity entity : article.entities()) {
                if (label.equals(entity.label()) && (entity.canonical() != null || !label.equals("PERSON"))) {
                    names.add(entity.canonical() != null ? entity.canonical() : entity.text());
                }
            }
            document.put(field, new JsonArray(names.stream().map(Object.class::cast).toList()));
        });
        return document;
    }
}
