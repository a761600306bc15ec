package io.ziar.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/**
 * The language pipeline's result for one article version; published on {@link Topics#ANALYZED}.
 * ingest-service stores it as it is, as one document, and gives it back to clients and to reindex, so
 * a field added here travels from nlp-service to the article view and the reindex without more code
 * (docs/analysis.md). {@code fingerprint} is the body's SimHash (hex), from which near-duplicate
 * stories are grouped; {@code leadImage} is the page's main picture from its metadata; {@code pageKind} what kind of page it was (null in records written before it was). Unknown fields are ignored: records written before a field went away stay readable.
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
        String fingerprint,
        LeadImage leadImage,
        PageKind pageKind) {

    public AnalyzedArticle {
        entities = entities == null ? List.of() : List.copyOf(entities);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        personalData = personalData == null ? List.of() : List.copyOf(personalData);
    }

    /** What an article shows before its analysis arrives: no text, no entities, no quotes. */
    public static AnalyzedArticle notYet() {
        return new AnalyzedArticle(null, 0, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * This analysis under the article's stored identity: its current version and url, and the source
     * and date the client gave (the page's otherwise), as the article view shows it.
     */
    public AnalyzedArticle asStored(String id, int version, String url, String source, Instant publishedAt) {
        return new AnalyzedArticle(id, version, url, source, title, byline, siteName, body, language, publishedAt, entities,
                quotes, personalData, fingerprint, leadImage, pageKind);
    }
}
