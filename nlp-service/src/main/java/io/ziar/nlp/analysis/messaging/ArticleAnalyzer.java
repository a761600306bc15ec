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
import org.jboss.logging.Logger;

/**
 * articles.raw -> pipeline -> articles.analyzed, keyed by article id. The pipeline is CPU work, so
 * it runs on worker threads. A record that is not an article, or one the pipeline throws on, goes
 * to the dead-letter topic with the reason, and the stream goes on.
 */
@ApplicationScoped
public class ArticleAnalyzer {

    private static final Logger LOG = Logger.getLogger(ArticleAnalyzer.class);

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
        long started = System.nanoTime();
        AnalyzedArticle analyzed = analysis.analyze(raw);
        LOG.infof("Analyzed article %s v%d: language %s, %d entities, %d quotes, %d personal data flags in %d ms",
                raw.id(), raw.version(), analyzed.language(), analyzed.entities().size(), analyzed.quotes().size(),
                analyzed.personalData().size(), (System.nanoTime() - started) / 1_000_000);
        return Record.of(raw.id(), analyzed);
    }
}
