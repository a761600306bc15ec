package io.ziar.nlp.analysis.service;

import io.quarkus.runtime.Startup;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.RawArticle;
import io.ziar.nlp.pipeline.Analysis;
import io.ziar.nlp.pipeline.Document;
import io.ziar.nlp.pipeline.Pipeline;
import jakarta.inject.Singleton;

/**
 * Runs the pipeline for the service; the pipeline and its models are built once, at start-up, before
 * the service reports ready. A singleton, not application-scoped: a client proxy is a subclass whose
 * construction would build a second pipeline, a second copy of every model on the heap.
 */
@Startup
@Singleton
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
