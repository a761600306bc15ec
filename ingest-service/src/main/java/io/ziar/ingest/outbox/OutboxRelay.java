package io.ziar.ingest.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.ziar.contracts.ArticleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Publishes outbox rows to Kafka and deletes them once the broker acknowledged them. Rows are
 * locked with SKIP LOCKED, so several ingest replicas relay in parallel without sending a row
 * twice; a crash between send and delete re-sends, which consumers absorb by upserting by id.
 * Plain SQL rather than Panache: the transaction spans the wait for Kafka's acknowledgements,
 * which complete on the producer's threads.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Pool pool;
    private final MutinyEmitter<String> kafka;
    private final OutboxConfig config;
    private Cancellable polling;

    /** The emitter's buffer holds a whole batch (and more) while the producer catches up. */
    public OutboxRelay(Pool pool,
                       @Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024) MutinyEmitter<String> kafka,
                       OutboxConfig config) {
        this.pool = pool;
        this.kafka = kafka;
        this.config = config;
    }

    /** Polls on a short fixed tick (the scheduler's finest grain is a second), one pass at a time. */
    void start(@Observes StartupEvent event) {
        polling = Multi.createFrom().ticks().every(config.pollInterval())
                .onOverflow().drop()
                .onItem().transformToUniAndConcatenate(tick -> drain())
                .subscribe().with(done -> { }, failure -> LOG.error("Outbox relay stopped", failure));
    }

    void stop(@Observes ShutdownEvent event) {
        if (polling != null) {
            polling.cancel();
        }
    }

    /** Relays batches until the outbox is empty or the broker refuses; never fails. */
    public Uni<Void> drain() {
        return relayBatch()
                .repeat().whilst(published -> published == config.batchSize())
                .collect().last()
                .onFailure().invoke(e -> LOG.warnf("Outbox relay paused: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Publishes one batch; returns how many rows it took out of the outbox. */
    Uni<Integer> relayBatch() {
        return pool.withTransaction(connection -> lockBatch(connection)
                .flatMap(rows -> rows.isEmpty()
                        ? Uni.createFrom().item(0)
                        : publish(connection, rows)));
    }

    private Uni<List<Row>> lockBatch(SqlConnection connection) {
        return connection.preparedQuery("""
                        SELECT id, topic, message_key, payload, traceparent FROM outbox_event
                        ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED""")
                .execute(Tuple.of(config.batchSize()))
                .map(rowSet -> {
                    List<Row> rows = new ArrayList<>(rowSet.size());
                    rowSet.forEach(rows::add);
                    return rows;
                });
    }

    /**
     * Hands the whole batch to the producer in id order (kept per key), then awaits every ack.
     * Rows Kafka can never take (too large) fail their article instead of blocking the outbox;
     * any other failure leaves the row for the next pass.
     */
    private Uni<Integer> publish(SqlConnection connection, List<Row> rows) {
        List<Uni<Outcome>> sends = rows.stream()
                .map(row -> kafka.sendMessage(Message.of(row.getString("payload"))
                                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                                        .withTopic(config.topicPrefix().orElse("") + row.getString("topic"))
                                        .withKey(row.getString("message_key"))
                                        .build())
                                // The producer span, and the traceparent header it writes, join the trace of the POST.
                                .addMetadata(TracingMetadata.withCurrent(TraceParent.context(row.getString("traceparent")))))
                        .invoke(() -> LOG.infof("Published article %s to %s (traceId %s)", row.getString("message_key"),
                                row.getString("topic"), TraceParent.traceId(row.getString("traceparent"))))
                        .replaceWith(new Outcome(row, null))
                        .onFailure().recoverWithItem(failure -> new Outcome(row, failure)))
                .toList();
        return Uni.join().all(sends).andFailFast().flatMap(outcomes -> {
            List<Long> done = new ArrayList<>();
            List<String> rejected = new ArrayList<>();
            for (Outcome outcome : outcomes) {
                if (outcome.failure() == null || outcome.isPermanent()) {
                    done.add(outcome.row().getLong("id"));
                }
                if (outcome.failure() != null) {
                    LOG.warnf("Outbox event %d for %s not published: %s", outcome.row().getLong("id"),
                            outcome.row().getString("message_key"), outcome.failure().getMessage());
                    if (outcome.isPermanent()) {
                        rejected.add(outcome.row().getString("message_key"));
                    }
                }
            }
            // What was published is deleted even when the rest waits: failing the transaction here would
            // publish the published rows again on every pass. Fewer than a batch ends this drain.
            if (done.size() < rows.size()) {
                LOG.warnf("%d outbox events wait for the broker", rows.size() - done.size());
            }
            return failArticles(connection, rejected)
                    .flatMap(ignored -> delete(connection, done))
                    .replaceWith(done.size());
        });
    }

    private Uni<Void> failArticles(SqlConnection connection, List<String> articleIds) {
        if (articleIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery("UPDATE article SET status = $1, status_changed_at = now() WHERE id = ANY($2)")
                .execute(Tuple.of(ArticleStatus.FAILED.name(), articleIds.toArray(String[]::new)))
                .replaceWithVoid();
    }

    private Uni<Void> delete(SqlConnection connection, List<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery("DELETE FROM outbox_event WHERE id = ANY($1)")
                .execute(Tuple.of(ids.toArray(Long[]::new)))
                .replaceWithVoid();
    }

    private record Outcome(Row row, Throwable failure) {

        boolean isPermanent() {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof RecordTooLargeException || cause instanceof SerializationException) {
                    return true;
                }
            }
            return false;
        }
    }
}
