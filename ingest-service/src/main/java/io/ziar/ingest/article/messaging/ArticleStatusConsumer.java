package io.ziar.ingest.article.messaging;

import io.smallrye.mutiny.Uni;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.IndexedArticle;
import io.ziar.contracts.Topics;
import io.ziar.ingest.article.service.ArticleService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.function.Function;

/** Moves articles along RECEIVED -> ANALYZED -> INDEXED as the downstream services report. */
@ApplicationScoped
public class ArticleStatusConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleStatusConsumer.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration LAST_RETRY = Duration.ofSeconds(10);
    private static final int RETRIES = 8;

    private final ArticleService articles;

    public ArticleStatusConsumer(ArticleService articles) {
        this.articles = articles;
    }

    @Incoming("articles-analyzed")
    public Uni<Void> analyzed(AnalyzedArticle article) {
        return record(Topics.ANALYZED, article, articles::recordAnalysis);
    }

    @Incoming("articles-indexed")
    public Uni<Void> indexed(IndexedArticle article) {
        return record(Topics.INDEXED, article, articles::recordIndexed);
    }

    /** Records a status event, retried with back-off (the database may be away for a moment). */
    private static <T> Uni<Void> record(String topic, T event, Function<T, Uni<Void>> change) {
        if (event == null) {
            return skipUnreadable(topic);
        }
        return change.apply(event).onFailure().retry().withBackOff(FIRST_RETRY, LAST_RETRY).atMost(RETRIES);
    }

    /** A status event we cannot read changes nothing; the article's own record is untouched. */
    private static Uni<Void> skipUnreadable(String topic) {
        LOG.warnf("Skipped a record on %s that is not a status event", topic);
        return Uni.createFrom().voidItem();
    }
}
