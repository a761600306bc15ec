package io.ziar.search.article.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.Record;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.IndexedArticle;
import io.ziar.contracts.Topics;
import io.ziar.search.article.service.SearchService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * articles.analyzed -> OpenSearch -> articles.indexed, keyed by article id. A record that is not
 * an article, or one OpenSearch keeps refusing, goes to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class ArticleIndexer {

    private static final Logger LOG = Logger.getLogger(ArticleIndexer.class);

    private final SearchService search;

    public ArticleIndexer(SearchService search) {
        this.search = search;
    }

    @Incoming("articles-analyzed")
    @Outgoing("articles-indexed")
    public Uni<Record<String, IndexedArticle>> index(AnalyzedArticle article) {
        if (article == null) {
            return Uni.createFrom().failure(new IllegalArgumentException("Record on " + Topics.ANALYZED + " is not an AnalyzedArticle"));
        }
        return search.index(article)
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).atMost(8)
                .invoke(indexed -> LOG.infof("Indexed article %s v%d", indexed.id(), indexed.version()))
                .map(indexed -> Record.of(indexed.id(), indexed));
    }
}
