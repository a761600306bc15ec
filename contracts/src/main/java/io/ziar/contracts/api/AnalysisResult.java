package io.ziar.contracts.api;

import io.ziar.contracts.Entity;
import io.ziar.contracts.LeadImage;
import io.ziar.contracts.PageKind;
import io.ziar.contracts.Quote;

import java.time.Instant;
import java.util.List;

/**
 * What {@code POST /api/v1/analyze} answers: the page's metadata, the body, and what the pipeline
 * found in it (offsets into {@code body}, end exclusive). Its own records rather than the pipeline's,
 * so that a field added inside the pipeline reaches the API only when it is added here.
 */
public record AnalysisResult(
        String title,
        String byline,
        String siteName,
        Instant publishedAt,
        LeadImage leadImage,
        PageKind pageKind,
        String body,
        List<String> paragraphs,
        String language,
        List<Entity> entities,
        List<Quote> quotes,
        List<PersonalData> personalData,
        List<Sentence> sentences,
        String fingerprint) {

    /** Personal data in the body: IBAN, EMAIL or PHONE, with the characters found. */
    public record PersonalData(String kind, String text, int start, int end) {
    }

    /** A sentence and its words with their lemmas. */
    public record Sentence(int start, int end, List<Word> words) {
    }

    public record Word(String text, int start, int end, String lemma) {
    }
}
