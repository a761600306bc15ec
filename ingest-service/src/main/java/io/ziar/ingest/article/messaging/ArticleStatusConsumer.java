package io.ziar.ingest.article.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.IndexedArticle;
import io.ziar.contracts.Topics;
import io.ziar.ingest.article.repository.AnalysisWriter.ReceivedAnalysis;
import io.ziar.ingest.article.service.ArticleService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Moves articles along RECEIVED -> ANALYZED -> INDEXED as the downstream services report, a poll's
 * events at a time: one transaction (one commit) for all the events one poll brings, not one each.
 */
@ApplicationScoped
public class ArticleStatusConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleStatusConsumer.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration LAST_RETRY = Duration.ofSeconds(10);
    private static final int RETRIES = 8;

    private final ArticleService articles;
    private final ObjectMapper json;

    public ArticleStatusConsumer(ArticleService articles, ObjectMapper json) {
        this.articles = articles;
        this.json = json;
    }

    /** Analyses keep the text they came as: it is what is stored, not written again from the record. */
    @Incoming("articles-analyzed")
    public Uni<Void> analyzed(List<String> batch) {
        return record(read(Topics.ANALYZED, batch, AnalyzedArticle.class, ReceivedAnalysis::new), articles::recordAnalyses);
    }

    @Incoming("articles-indexed")
    public Uni<Void> indexed(List<String> batch) {
        return record(read(Topics.INDEXED, batch, IndexedArticle.class, (event, text) -> event), articles::recordIndexed);
    }

    /** Records a batch of status events, retried with back-off (the database may be away for a moment). */
    private static <T> Uni<Void> record(List<T> events, Function<List<T>, Uni<Void>> change) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return change.apply(events).onFailure().retry().withBackOff(FIRST_RETRY, LAST_RETRY).atMost(RETRIES);
    }

    /** The status events of a batch; a record we cannot read changes nothing, and the article's own record is untouched. */
    private <T, R> List<R> read(String topic, List<String> batch, Class<T> type, BiFunction<T, String, R> received) {
        List<R> events = new ArrayList<>(batch.size());
        for (String value : batch) {
            try {
                T event = value == null ? null : json.readValue(value, type);
                if (event != null) {
                    events.add(received.apply(event, value));
                    continue;
                }
            } catch (JsonProcessingException unreadable) {
                // skipped below, as an empty record is
            }
            LOG.warnf("Skipped a record on %s that is not a status event", topic);
        }
        return events;
    }
}
