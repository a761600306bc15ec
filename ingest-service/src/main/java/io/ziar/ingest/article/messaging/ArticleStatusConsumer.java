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
        if (article == null) {
            return skipUnreadable(Topics.ANALYZED);
        }
        return articles.recordAnalysis(article)
                .onFailure().retry().withBackOff(FIRST_RETRY, LAST_RETRY).atMost(RETRIES);
    }

    @Incoming("articles-indexed")
    public Uni<Void> indexed(IndexedArticle article) {
        if (article == null) {
            return skipUnreadable(Topics.INDEXED);
        }
        return articles.recordIndexed(article)
                .onFailure().retry().withBackOff(FIRST_RETRY, LAST_RETRY).atMost(RETRIES);
    }

    /** A status event we cannot read changes nothing; the article's own record is untouched. */
    private static Uni<Void> skipUnreadable(String topic) {
        LOG.warnf("Skipped a record on %s that is not a status event", topic);
        return Uni.createFrom().voidItem();
    }
}
