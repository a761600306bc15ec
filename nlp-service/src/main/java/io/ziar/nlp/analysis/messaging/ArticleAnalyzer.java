package io.ziar.nlp.analysis.messaging;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.RawArticle;
import io.ziar.contracts.Topics;
import io.ziar.nlp.analysis.service.AnalysisService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * articles.raw -> pipeline -> articles.analyzed, keyed by article id. The pipeline is CPU work, so
 * it runs on worker threads. A record that is not an article, or one the pipeline throws on, goes
 * to the dead-letter topic with the reason, and the stream goes on.
 */
@ApplicationScoped
public class ArticleAnalyzer {

    private final AnalysisService analysis;

    public ArticleAnalyzer(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @Incoming("articles-raw")
    @Outgoing("articles-analyzed")
    @Blocking
    public Record<String, AnalyzedArticle> analyze(RawArticle raw) {
        if (raw == null) {
            throw new IllegalArgumentException("Record on " + Topics.RAW + " is not a RawArticle");
        }
        return Record.of(raw.id(), analysis.analyze(raw));
    }
}
