package io.ziar.nlp.pipeline;

import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.Entity;
import io.ziar.contracts.PersonalDataFlag;
import io.ziar.contracts.Quote;
import io.ziar.nlp.pipeline.personal.PersonalData;
import io.ziar.nlp.pipeline.tokens.AnalyzedSentence;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Everything the pipeline learnt about one document. Offsets are into {@code body}
 * ({@code extraction.body()}); {@code fingerprint} is the body's 64-bit SimHash in hex.
 */
public record Analysis(
        Extraction extraction,
        String body,
        String language,
        List<Entity> entities,
        List<Quote> quotes,
        List<AnalyzedSentence> sentences,
        List<PersonalData> personalData,
        String fingerprint) {

    /**
     * The analysis as the event nlp-service publishes (and ingest-service stores and reindex reads):
     * the one place an analysis field goes into the contract. {@code source} and {@code publishedAt}
     * are what the client sent; when absent the page's site name and date stand in.
     */
    public AnalyzedArticle article(String id, int version, String url, String source, Instant publishedAt) {
        return new AnalyzedArticle(id, version, url,
                source != null || extraction.siteName() == null ? source : extraction.siteName().toLowerCase(Locale.ROOT),
                extraction.title(), extraction.byline(), extraction.siteName(), body, language,
                publishedAt != null ? publishedAt : extraction.publishedAt(),
                entities, quotes,
                personalData.stream().map(found -> new PersonalDataFlag(found.kind().name(), found.start(), found.end())).toList(),
                fingerprint, extraction.leadImage(), extraction.pageKind());
    }
}
