package io.ziar.search.article.indexing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.Entity;
import io.ziar.contracts.PageKind;
import io.ziar.contracts.Quote;
import io.ziar.search.entity.service.EntityKeys;
import io.ziar.search.story.service.Fingerprint;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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

    /** The field of the page's kind (a keyword: the {@link PageKind}'s name). */
    public static final String PAGE_KIND = "pageKind";
    /**
     * The kind of an analysis made before page kinds existed, and of a document indexed before the
     * field did (it gets the field at the next reindex): the pipeline took every page for an article.
     */
    public static final PageKind UNMARKED_PAGE_KIND = PageKind.ARTICLE;

    private ArticleDocument() {
    }

    /** {@code storyId}: the near-duplicate story the article joins (its own id when it has none). */
    public static JsonObject of(AnalyzedArticle article, String storyId, Instant indexedAt) {
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
                // When the article says when it was published, else when it reached the index: what the
                // entity profiles count per day and sort by.
                .put("datedAt", (article.publishedAt() == null ? indexedAt : article.publishedAt()).toString())
                // An article of its own story unless it is a near-duplicate, so collapse never merges unrelated ones.
                .put("storyId", storyId != null ? storyId : article.id())
                .put(PAGE_KIND, (article.pageKind() != null ? article.pageKind() : UNMARKED_PAGE_KIND).name());
        Fingerprint.parse(article.fingerprint()).ifPresent(fingerprint -> document
                .put("fingerprint", fingerprint.bits())
                .put("fingerprintBands", new JsonArray(List.copyOf(fingerprint.bands()))));
        if (article.language() != null && ANALYSED_LANGUAGES.contains(article.language())) {
            document.put("title_" + article.language(), article.title()).put("body_" + article.language(), article.body());
        }
        FACET_FIELDS.forEach((label, field) -> {
            TreeSet<String> names = new TreeSet<>();
            for (Entity entity : article.entities()) {
                String name = name(entity);
                if (label.equals(entity.label()) && name != null) {
                    names.add(name);
                }
            }
            document.put(field, new JsonArray(names.stream().map(Object.class::cast).toList()));
        });
        putEntities(document, article.entities());
        putQuotes(document, article.quotes());
        return document;
    }

    /**
     * A document as the index keeps it ({@code _source}) made whole again: the language fields are
     * left out of {@code _source} and derive from title, body and language.
     */
    public static JsonObject restore(JsonObject source) {
        JsonObject document = source.copy();
        String language = source.getString("language");
        if (language != null && ANALYSED_LANGUAGES.contains(language)) {
            document.put("title_" + language, source.getString("title")).put("body_" + language, source.getString("body"));
        }
        return document;
    }

    /**
     * Every label's names, for autocomplete and profiles ({@code entityKey}), found by any of their
     * words ({@code entityName}) and counted ({@code entityCount}).
     */
    private static void putEntities(JsonObject document, List<Entity> entities) {
        Map<String, Integer> mentions = new TreeMap<>();
        TreeSet<String> keys = new TreeSet<>();
        TreeSet<String> names = new TreeSet<>();
        TreeSet<String> forms = new TreeSet<>();
        for (Entity entity : entities) {
            String name = name(entity);
            if (name == null || name.isBlank() || entity.label() == null) {
                continue;
            }
            mentions.merge(EntityKeys.fold(name), 1, Integer::sum);
            keys.add(EntityKeys.key(entity.label(), name));
            names.addAll(EntityKeys.names(entity.label(), name));
            if (entity.text() != null && !entity.text().isBlank()) {
                forms.add(EntityKeys.form(name, entity.text().strip()));
            }
        }
        document.put("entityKey", new JsonArray(List.copyOf(keys)))
                .put("entityName", new JsonArray(List.copyOf(names)))
                .put("entityForm", new JsonArray(List.copyOf(forms)))
                .put("entityCount", new JsonArray(mentions.entrySet().stream()
                        .map(mention -> (Object) EntityKeys.count(mention.getKey(), mention.getValue())).toList()));
    }

    /**
     * Quotes with a speaker, kept for the speaker's profile ({@code quotes}, not indexed) and found by
     * the speaker's folded name ({@code quoteSpeaker}).
     */
    private static void putQuotes(JsonObject document, List<Quote> quotes) {
        JsonArray kept = new JsonArray();
        TreeSet<String> speakers = new TreeSet<>();
        for (Quote quote : quotes) {
            if (quote.speaker() != null && !quote.speaker().isBlank()) {
                kept.add(new JsonObject().put("text", quote.text()).put("speaker", quote.speaker()));
                speakers.add(EntityKeys.fold(quote.speaker()));
            }
        }
        document.put("quotes", kept).put("quoteSpeaker", new JsonArray(List.copyOf(speakers)));
    }

    /**
     * The name an entity is faceted, suggested and counted under: its canonical form; a PERSON without
     * one (a pronoun, a role, a capitalised common noun) has none, so facets hold names only.
     */
    private static String name(Entity entity) {
        if (entity.canonical() != null) {
            return entity.canonical();
        }
        return "PERSON".equals(entity.label()) ? null : entity.text();
    }
}
