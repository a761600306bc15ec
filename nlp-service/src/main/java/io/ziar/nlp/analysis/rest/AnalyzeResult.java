package io.ziar.nlp.analysis.rest;

import io.ziar.contracts.Entity;
import io.ziar.contracts.Quote;
import io.ziar.nlp.pipeline.Analysis;
import io.ziar.nlp.pipeline.Extraction;
import io.ziar.nlp.pipeline.extract.LeadImage;
import io.ziar.nlp.pipeline.personal.PersonalData;
import io.ziar.nlp.pipeline.tokens.AnalyzedSentence;

import java.time.Instant;
import java.util.List;

/** The pipeline's output as the API shows it: metadata, body, entities, quotes, personal data, sentences with lemmas; offsets are into {@code body}. */
public record AnalyzeResult(
        String title,
        String byline,
        String siteName,
        Instant publishedAt,
        LeadImage leadImage,
        String body,
        List<String> paragraphs,
        String language,
        List<Entity> entities,
        List<Quote> quotes,
        List<PersonalData> personalData,
        List<AnalyzedSentence> sentences,
        String fingerprint) {

    public static AnalyzeResult of(Analysis analysis) {
        Extraction e = analysis.extraction();
        return new AnalyzeResult(e.title(), e.byline(), e.siteName(), e.publishedAt(), e.leadImage(), analysis.body(),
                e.paragraphs(), analysis.language(), analysis.entities(), analysis.quotes(), analysis.personalData(),
                analysis.sentences(), analysis.fingerprint());
    }
}
