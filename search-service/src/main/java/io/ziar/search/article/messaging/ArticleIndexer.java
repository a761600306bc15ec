package io.ziar.search.article.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.Record;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.DeadLetters;
import io.ziar.contracts.IndexedArticle;
import io.ziar.contracts.Topics;
import io.ziar.search.article.indexing.IndexOutcome;
import io.ziar.search.article.indexing.IndexingService;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * articles.analyzed -> OpenSearch -> articles.indexed, keyed by article id, a batch at a time: the
 * records one poll of the broker brings (up to max.poll.records) cost one story lookup and one bulk
 * write together, instead of two requests each. A record that is not an article, or one the index
 * refuses, goes to the dead-letter topic with the reason; a batch that fails otherwise (OpenSearch
 * down or overloaded) is written again until it succeeds, so nothing is lost while the node is away.
 * The batch is committed once every confirmation and dead letter is on the broker.
 */
@ApplicationScoped
public class ArticleIndexer {

    private static final String DESERIALIZATION_FAILURE_REASON = "deserialization-failure-reason";
    private static final String DESERIALIZATION_FAILURE_DATA = "deserialization-failure-data";
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration LAST_RETRY = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(ArticleIndexer.class);

    private final IndexingService indexer;
    private final MutinyEmitter<Record<String, IndexedArticle>> confirmations;
    private final MutinyEmitter<String> deadLetters;
    private final ObjectMapper json;

    /** One record of a batch: its article (null when unreadable), key, trace id and, if unreadable, its raw value. */
    private record Received(AnalyzedArticle article, String key, String traceId, String unreadable, String reason) {

        boolean readable() {
            return article != null && article.id() != null;
        }
    }

    public ArticleIndexer(IndexingService indexer,
                          @Channel("articles-indexed") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
                          MutinyEmitter<Record<String, IndexedArticle>> confirmations,
                          @Channel("articles-analyzed-dead-letters") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
                          MutinyEmitter<String> deadLetters,
                          ObjectMapper json) {
        this.indexer = indexer;
        this.confirmations = confirmations;
        this.deadLetters = deadLetters;
        this.json = json;
    }

    @Incoming("articles-analyzed")
    public Uni<Void> index(Message<List<AnalyzedArticle>> batch) {
        List<Received> received = received(batch);
        List<AnalyzedArticle> readable = received.stream().filter(Received::readable).map(Received::article).toList();
        Uni<List<IndexOutcome>> indexing = readable.isEmpty() ? Uni.createFrom().item(List.of())
                : Uni.createFrom().deferred(() -> indexer.index(readable))
                        .onFailure().invoke(failure -> LOG.warnf("Indexing %d articles failed, trying again: %s", readable.size(), failure.getMessage()))
                        .onFailure().retry().withBackOff(FIRST_RETRY, LAST_RETRY).indefinitely();
        return indexing
                .flatMap(outcomes -> Uni.createFrom().deferred(() -> report(received, outcomes))
                        .onFailure().invoke(failure -> LOG.warnf("Reporting %d articles failed, trying again: %s", received.size(), failure.getMessage()))
                        .onFailure().retry().withBackOff(FIRST_RETRY, LAST_RETRY).indefinitely())
                .flatMap(reported -> Uni.createFrom().completionStage(batch.ack()));
    }

    /** Confirmations of the indexed articles and dead letters of the others, all on the broker. */
    private Uni<Void> report(List<Received> received, List<IndexOutcome> outcomes) {
        List<Uni<Void>> sends = new ArrayList<>(received.size());
        int indexed = 0;
        for (Received record : received) {
            if (!record.readable()) {
                String reason = "Record on " + Topics.ANALYZED + " is not an AnalyzedArticle"
                        + (record.reason() == null ? "" : ": " + record.reason());
                sends.add(deadLetter(record.key(), record.unreadable() == null ? "" : record.unreadable(), reason));
                continue;
            }
            IndexOutcome outcome = outcomes.get(indexed++);
            if (outcome.refusal() != null) {
                sends.add(deadLetter(record.key(), encode(record.article()), outcome.refusal()));
            } else {
                logIndexed(record.traceId(), outcome.indexed());
                sends.add(confirmations.send(Record.of(outcome.indexed().id(), outcome.indexed())));
            }
        }
        return sends.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(sends).andFailFast().replaceWithVoid();
    }

    private Uni<Void> deadLetter(String key, String value, String reason) {
        LOG.warnf("Article %s sent to the dead-letter topic: %s", key, reason);
        RecordHeaders headers = new RecordHeaders();
        headers.add(DeadLetters.REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        return deadLetters.sendMessage(Message.of(value).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(key).withHeaders(headers).build()));
    }

    private String encode(AnalyzedArticle article) {
        try {
            return json.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    /** The records of a batch from the broker with their keys and headers; from elsewhere (tests), the payloads. */
    @SuppressWarnings("unchecked")
    private static List<Received> received(Message<List<AnalyzedArticle>> batch) {
        List<Received> received = new ArrayList<>();
        if (batch instanceof KafkaRecordBatch<?, ?> records) {
            for (KafkaRecord<?, ?> record : records.getRecords()) {
                AnalyzedArticle article = (AnalyzedArticle) record.getPayload();
                Headers headers = record.getHeaders();
                String key = record.getKey() instanceof String id ? id : article == null ? null : article.id();
                received.add(new Received(article, key, traceId(headers),
                        article == null ? header(headers, DESERIALIZATION_FAILURE_DATA) : null,
                        article == null ? header(headers, DESERIALIZATION_FAILURE_REASON) : null));
            }
        } else {
            for (AnalyzedArticle article : batch.getPayload()) {
                received.add(new Received(article, article == null ? null : article.id(), null, null, null));
            }
        }
        return received;
    }

    /** The trace id of a W3C traceparent header ({@code 00-<trace id>-<span id>-<flags>}). */
    private static String traceId(Headers headers) {
        String traceparent = header(headers, "traceparent");
        String[] parts = traceparent == null ? new String[0] : traceparent.split("-");
        return parts.length == 4 ? parts[1] : null;
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Under the trace id the article's record carries, so one article can be followed through the services. */
    private static void logIndexed(String traceId, IndexedArticle indexed) {
        if (traceId != null) {
            MDC.put("traceId", traceId);
        }
        try {
            LOG.infof("Indexed article %s v%d", indexed.id(), indexed.version());
        } finally {
            if (traceId != null) {
                MDC.remove("traceId");
            }
        }
    }
}
