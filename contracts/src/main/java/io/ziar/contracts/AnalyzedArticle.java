package io.ziar.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/**
 * The language pipeline's result for one article version; published on {@link Topics#ANALYZED}.
 * ingest-service stores it as it is, as one document, and gives it back to clients and to reindex, so
 * a field added here travels from nlp-service to the article view and the reindex without more code
 * (docs/analysis.md). {@code fingerprint} is the body's SimHash (hex), from which near-duplicate
 * stories are grouped. Unknown fields are ignored: records written before a field went away stay readable.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnalyzedArticle(
        String id,
        int version,
        String url,
        String source,
        String title,
        String byline,
        String siteName,
        String body,
        String language,
        Instant publishedAt,
        List<Entity> entities,
        List<Quote> quotes,
        List<PersonalDataFlag> personalData,
        String fingerprint) {

    public AnalyzedArticle {
        entities = entities == null ? List.of() : List.copyOf(entities);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        personalData = personalData == null ? List.of() : List.copyOf(personalData);
    }

    /** What an article shows before its analysis arrives: no text, no entities, no quotes. */
    public static AnalyzedArticle notYet(String id, int version) {
        return new AnalyzedArticle(id, version, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
