package io.ziar.nlp.analysis.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
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
 * it runs on a worker pool as wide as the cores it may use (ZIAR_NLP_CONCURRENCY):
 * records are analysed side by side, out of order. That is safe because every consumer of
 * articles.analyzed keeps the newest version of an article (OpenSearch's external versions, the
 * stored article's version checks), and each record is committed only with all before it. A record that is not an article, or one the pipeline throws on, goes
 * to the dead-letter topic with the reason, and the stream goes on.
 */
@ApplicationScoped
public class ArticleAnalyzer {

    /** The worker pool the analyses run on ({@code smallrye.messaging.worker.analysis.max-concurrency}). */
    static final String ANALYSIS_POOL = "analysis";

    private static final Logger LOG = Logger.getLogger(ArticleAnalyzer.class);

    private final AnalysisService analysis;

    public ArticleAnalyzer(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @Incoming("articles-raw")
    @Outgoing("articles-analyzed")
    @Blocking(value = ANALYSIS_POOL, ordered = false)
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
