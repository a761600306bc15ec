package io.ziar.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/**
 * The language pipeline's result for one article version; published on {@link Topics#ANALYZED}.
 * {@code fingerprint} is the body's SimHash (hex), from which near-duplicate stories are grouped.
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
        String storyId) {

    public AnalyzedArticle {
        entities = entities == null ? List.of() : List.copyOf(entities);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        personalData = personalData == null ? List.of() : List.copyOf(personalData);
    }
}
