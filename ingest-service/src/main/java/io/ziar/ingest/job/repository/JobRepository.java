package io.ziar.ingest.job.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.ziar.contracts.ArticleStatus;
import io.ziar.ingest.article.repository.ArticleWriter;
import io.ziar.ingest.article.repository.ArticleWriter.Outcome;
import io.ziar.ingest.article.service.ArticleDraft;
import io.ziar.ingest.sql.Rows;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Jobs and the batches they store. Plain SQL rather than Panache, like the outbox relay: a batch of
 * articles goes in with one multi-row statement (unnest of arrays), which is what sustains bulk
 * throughput, and the upload's worker thread may await it (Panache sessions belong to the event loop).
 */
@ApplicationScoped
public class JobRepository {

    /** A job row as stored. */
    public record JobRow(String id, String status, long received, long accepted, long rejected, long duplicates,
                         long revisions, String errors, String reason, Instant createdAt, Instant finishedAt) {
    }

    private final Pool pool;
    private final ArticleWriter writer;

    public JobRepository(Pool pool, ArticleWriter writer) {
        this.pool = pool;
        this.writer = writer;
    }

    public Uni<Void> create(String id, String kind, String status) {
        return pool.preparedQuery("INSERT INTO ingest_job (id, kind, status) VALUES ($1, $2, $3)")
                .execute(Tuple.of(id, kind, status))
                .replaceWithVoid();
    }

    /**
     * Stores a batch in one transaction: its articles (new, revised or duplicate: see {@link ArticleWriter}),
     * an outbox event for each stored version, and the job's counts. Returns how many were stored and
     * how many of those were revisions; the rest were duplicates.
     */
    public Uni<BatchCounts> storeBatch(String jobId, List<ArticleDraft> batch, int received, int rejected, String errorsJson,
                                       String traceparent) {
        return pool.withTransaction(connection -> writer.store(connection, jobId, batch, traceparent)
                .flatMap(outcomes -> {
                    int stored = (int) outcomes.stream().filter(Outcome::stored).count();
                    int revisions = (int) outcomes.stream().filter(o -> o.kind() == Outcome.Kind.REVISION).count();
                    return connection.preparedQuery("""
                                    UPDATE ingest_job SET received = received + $2, accepted = accepted + $3,
                                        rejected = rejected + $4, duplicates = duplicates + $5, revisions = revisions + $6,
                                        errors = $7, updated_at = now()
                                    WHERE id = $1""")
                            .execute(Tuple.tuple(List.of(jobId, received, stored, rejected,
                                    received - rejected - stored, revisions, errorsJson)))
                            .replaceWith(new BatchCounts(stored, revisions));
                }));
    }

    /** What one batch stored. */
    public record BatchCounts(int stored, int revisions) {
    }

    public Uni<Void> finish(String id, String status, String reason) {
        return pool.preparedQuery("""
                        UPDATE ingest_job SET status = $2, reason = $3, finished_at = now(), updated_at = now()
                        WHERE id = $1""")
                .execute(Tuple.of(id, status, reason))
                .replaceWithVoid();
    }

    public Uni<Void> delete(String id) {
        return pool.preparedQuery("DELETE FROM ingest_job WHERE id = $1").execute(Tuple.of(id)).replaceWithVoid();
    }

    public Uni<JobRow> find(String id) {
        return pool.preparedQuery("""
                        SELECT id, status, received, accepted, rejected, duplicates, revisions, errors, reason, created_at,
                            finished_at
                        FROM ingest_job WHERE id = $1""")
                .execute(Tuple.of(id))
                .map(rows -> {
                    var iterator = rows.iterator();
                    if (!iterator.hasNext()) {
                        return null;
                    }
                    Row row = iterator.next();
                    return new JobRow(row.getString("id"), row.getString("status"), row.getLong("received"),
                            row.getLong("accepted"), row.getLong("rejected"), row.getLong("duplicates"),
                            row.getLong("revisions"), row.getString("errors"), row.getString("reason"), Rows.instant(row, "created_at"),
                            Rows.instant(row, "finished_at"));
                });
    }

    /**
     * How many of the job's articles are in each status now, and how many of the versions it stored a
     * later revision replaced (those are never analysed or indexed as they are).
     */
    public Uni<StatusCounts> statusCounts(String jobId) {
        return pool.preparedQuery("""
                        SELECT status, count(*) FROM article WHERE job_id = $1 GROUP BY status
                        UNION ALL
                        SELECT 'SUPERSEDED', count(*) FROM article_revision WHERE job_id = $1""")
                .execute(Tuple.of(jobId))
                .map(rows -> {
                    Map<ArticleStatus, Long> counts = new EnumMap<>(ArticleStatus.class);
                    long superseded = 0;
                    for (Row row : rows) {
                        if ("SUPERSEDED".equals(row.getString(0))) {
                            superseded = row.getLong(1);
                        } else {
                            counts.put(ArticleStatus.valueOf(row.getString(0)), row.getLong(1));
                        }
                    }
                    return new StatusCounts(counts, superseded);
                });
    }

    /** A job's articles by status, and its versions that were replaced since. */
    public record StatusCounts(Map<ArticleStatus, Long> byStatus, long superseded) {

        public long of(ArticleStatus status) {
            return byStatus.getOrDefault(status, 0L);
        }
    }
}
