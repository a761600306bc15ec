package io.ziar.ingest.backlog;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.ArticleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.concurrent.locks.LockSupport;

/**
 * Back-pressure: counts the accepted articles the pipeline has not analysed yet (waiting in the
 * outbox while Kafka is away, or in Kafka while nlp-service is slow or down). Past
 * {@link BacklogConfig#maxArticles()} single submissions get a 503 with Retry-After, and bulk uploads
 * wait between batches, so a stalled pipeline slows the clients down instead of filling the disk.
 * The count stops at the bound (a LIMIT in the query), so it stays cheap however large the backlog.
 */
@ApplicationScoped
public class PipelineBacklog {

    private static final Logger LOG = Logger.getLogger(PipelineBacklog.class);

    private final Pool pool;
    private final BacklogConfig config;
    private volatile long waiting;
    private Cancellable counting;

    public PipelineBacklog(Pool pool, BacklogConfig config) {
        this.pool = pool;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        counting = Multi.createFrom().ticks().every(config.refreshInterval())
                .onOverflow().drop()
                .onItem().transformToUniAndConcatenate(tick -> count()
                        .onFailure().invoke(e -> LOG.debugf("Backlog not counted: %s", e.getMessage()))
                        .onFailure().recoverWithNull())
                .subscribe().with(count -> { }, failure -> LOG.error("Backlog counting stopped", failure));
    }

    void stop(@Observes ShutdownEvent event) {
        if (counting != null) {
            counting.cancel();
        }
    }

    Uni<Long> count() {
        return pool.preparedQuery("SELECT count(*) FROM (SELECT 1 FROM article WHERE status = $1 LIMIT $2) waiting")
                .execute(Tuple.of(ArticleStatus.RECEIVED.name(), config.maxArticles()))
                .map(rows -> rows.iterator().next().getLong(0))
                .invoke(count -> {
                    if (count >= config.maxArticles() && waiting < config.maxArticles()) {
                        LOG.warnf("The pipeline is %d articles behind: new articles wait for room", count);
                    }
                    waiting = count;
                });
    }

    public boolean isFull() {
        return waiting >= config.maxArticles();
    }

    /** For single submissions: a 503 problem with Retry-After while the pipeline is too far behind. */
    public void requireRoom() {
        if (isFull()) {
            throw ProblemException.unavailable("The pipeline is " + waiting + " articles behind; try again later",
                    config.retryAfter());
        }
    }

    /** For bulk uploads, between batches (on the upload's worker thread): waits until there is room. */
    public void awaitRoom() {
        long deadline = System.nanoTime() + config.maxBulkWait().toNanos();
        while (isFull()) {
            if (System.nanoTime() > deadline) {
                throw ProblemException.unavailable("The pipeline stayed " + waiting + " articles behind for "
                        + config.maxBulkWait().toMinutes() + " minutes", config.retryAfter());
            }
            LockSupport.parkNanos(config.refreshInterval().toNanos());
        }
    }
}
