package io.ziar.nlp.analysis.service;

import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.RawArticle;
import io.ziar.nlp.pipeline.Analysis;
import io.ziar.nlp.pipeline.Document;
import io.ziar.nlp.pipeline.Pipeline;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the pipeline for the service; the pipeline and its models are built once, at start-up. */
@ApplicationScoped
public class AnalysisService {

    private final Pipeline pipeline = new Pipeline();

    public Analysis analyze(Document document) {
        return pipeline.analyze(document);
    }

    public AnalyzedArticle analyze(RawArticle raw) {
        return pipeline.analyze(new Document(raw.html(), raw.text(), raw.url(), raw.language()))
                .article(raw.id(), raw.version(), raw.url(), raw.source(), raw.publishedAt());
    }
}
