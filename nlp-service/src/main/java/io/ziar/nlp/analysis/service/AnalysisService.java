package io.ziar.nlp.analysis.service;

import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.PersonalDataFlag;
import io.ziar.contracts.RawArticle;
import io.ziar.nlp.pipeline.Analysis;
import io.ziar.nlp.pipeline.Document;
import io.ziar.nlp.pipeline.Extraction;
import io.ziar.nlp.pipeline.Pipeline;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;

/** Runs the pipeline for the service; the pipeline and its models are built once, at start-up. */
@ApplicationScoped
public class AnalysisService {

    private final Pipeline pipeline = new Pipeline();

    public Analysis analyze(Document document) {
        return pipeline.analyze(document);
    }

    public AnalyzedArticle analyze(RawArticle raw) {
        Analysis analysis = pipeline.analyze(new Document(raw.html(), raw.text(), raw.url(), raw.language()));
        Extraction extraction = analysis.extraction();
        String source = raw.source() != null || extraction.siteName() == null
                ? raw.source()
                : extraction.siteName().toLowerCase(Locale.ROOT);
        return new AnalyzedArticle(raw.id(), raw.version(), raw.url(), source, extraction.title(), extraction.byline(),
                extraction.siteName(), analysis.body(), analysis.language(),
                raw.publishedAt() != null ? raw.publishedAt() : extraction.publishedAt(),
                analysis.entities(), analysis.quotes(), personalData(analysis), analysis.fingerprint(), null);
    }

    private static List<PersonalDataFlag> personalData(Analysis analysis) {
        return analysis.personalData().stream()
                .map(found -> new PersonalDataFlag(found.kind().name(), found.start(), found.end()))
                .toList();
    }
}
