package io.ziar.nlp.pipeline;

import io.ziar.contracts.Entity;
import io.ziar.contracts.Quote;
import io.ziar.nlp.pipeline.personal.PersonalData;
import io.ziar.nlp.pipeline.tokens.AnalyzedSentence;

import java.util.List;

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
}
