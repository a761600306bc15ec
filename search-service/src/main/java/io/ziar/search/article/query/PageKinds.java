package io.ziar.search.article.query;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.PageKind;
import io.ziar.search.article.indexing.ArticleDocument;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code kind} parameter of searches and similar articles: the page kinds to keep, and the filter
 * that keeps them. A document without {@code pageKind} was indexed before page kinds existed, and is
 * an article: it gets the field at the next reindex, and until then a filter keeping articles keeps it.
 */
public final class PageKinds {

    private static final String FIELD = ArticleDocument.PAGE_KIND;
    private static final PageKind UNMARKED = ArticleDocument.UNMARKED_PAGE_KIND;

    private PageKinds() {
    }

    /**
     * The kinds asked for: each value of the repeated parameter, split at commas, in any letter case;
     * empty (every kind) when absent or blank.
     *
     * @throws ProblemException naming {@code kind} for a value that is not a page kind
     */
    public static Set<PageKind> parse(List<String> values) {
        EnumSet<PageKind> kinds = EnumSet.noneOf(PageKind.class);
        if (values == null) {
            return Set.of();
        }
        for (String value : values) {
            for (String part : value == null ? new String[0] : value.split(",", -1)) {
                String name = part.strip();
                if (name.isEmpty()) {
                    continue;
                }
                try {
                    kinds.add(PageKind.valueOf(name.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException unknown) {
                    throw ProblemException.invalid("kind", "'kind' must be page kinds among "
                            + Arrays.stream(PageKind.values()).map(kind -> kind.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")) + ", repeated or comma-separated");
                }
            }
        }
        // every kind is no filter at all: the same search, answered (and cached) as one
        return kinds.size() == PageKind.values().length ? Set.of() : Set.copyOf(kinds);
    }

    /** The filter keeping {@code kinds}, with the documents indexed without a kind when it keeps articles; null for every kind. */
    static JsonObject filter(Set<PageKind> kinds) {
        if (kinds.isEmpty()) {
            return null;
        }
        JsonObject terms = new JsonObject().put("terms", new JsonObject().put(FIELD,
                new JsonArray(kinds.stream().sorted().map(kind -> (Object) kind.name()).toList())));
        if (!kinds.contains(UNMARKED)) {
            return terms;
        }
        JsonObject unmarked = new JsonObject().put("bool", new JsonObject().put("must_not", new JsonArray()
                .add(new JsonObject().put("exists", new JsonObject().put("field", FIELD)))));
        return new JsonObject().put("bool", new JsonObject().put("should", new JsonArray().add(terms).add(unmarked))
                .put("minimum_should_match", 1));
    }

    /** The kind of a hit's {@code _source}. */
    static PageKind of(JsonObject source) {
        String kind = source.getString(FIELD);
        return kind == null ? UNMARKED : PageKind.valueOf(kind);
    }
}
