package io.ziar.ingest.article.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.ziar.contracts.DeadLetters;
import io.ziar.ingest.article.service.ArticleService;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The dead-letter topics of nlp-service and search-service: each record is an article version the
 * pipeline gave up on (keyed by article id, the reason in the {@code dead-letter-reason} header), and
 * marks it FAILED with that reason, so its job and its status say so instead of waiting for ever.
 */
@ApplicationScoped
public class DeadLetterConsumer {

    private static final Logger LOG = Logger.getLogger(DeadLetterConsumer.class);
    private static final int MAX_REASON_LENGTH = 500;

    private final ArticleService articles;
    private final ObjectMapper json;

    public DeadLetterConsumer(ArticleService articles, ObjectMapper json) {
        this.articles = articles;
        this.json = json;
    }

    @Incoming("articles-dead-letters")
    public Uni<Void> failed(ConsumerRecord<String, String> record) {
        if (record.key() == null) {
            LOG.warnf("Skipped a dead-letter record on %s without an article id", record.topic());
            return Uni.createFrom().voidItem();
        }
        return articles.recordFailure(record.key(), version(record.value()), reason(record))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).atMost(8);
    }

    private static String reason(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(DeadLetters.REASON_HEADER);
        String reason = header == null || header.value() == null
                ? "rejected by the pipeline (" + record.topic() + ")"
                : new String(header.value(), StandardCharsets.UTF_8);
        return reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) + "…" : reason;
    }

    /** The failed event's version when its payload can be read; else null (any stored version fails). */
    private Integer version(String payload) {
        if (payload == null) {
            return null;
        }
        try {
            JsonNode version = json.readTree(payload).path("version");
            return version.isInt() ? version.intValue() : null;
        } catch (Exception e) {
            return null;
        }
    }
}
