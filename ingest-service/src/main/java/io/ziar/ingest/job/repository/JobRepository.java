package io.ziar.ingest.job.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.ziar.contracts.ArticleStatus;
import io.ziar.contracts.RawArticle;
import io.ziar.contracts.Topics;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Jobs and the batches they store. Plain SQL rather than Panache, like the outbox relay: a batch of
 * articles goes in with one multi-row statement (unnest of arrays), which is what sustains bulk
 * throughput, and the upload's worker thread may await it (Panache sessions belong to the event loop).
 */
@ApplicationScoped
public class JobRepository {

    /** One article to store, already validated and not known to be a duplicate. */
    public record NewArticle(String id, String url, String source, String contentHash, String html, String text,
                             String language, Instant publishedAt) {
    }

    /** A job row as stored. */
    public record JobRow(String id, String status, long received, long accepted, long rejected, long duplicates,
                         String errors, String reason, Instant createdAt, Instant finishedAt) {
    }

    private final Pool pool;

    public JobRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> create(String id, String kind, String status) {
        return pool.preparedQuery("INSERT INTO ingest_job (id, kind, status) VALUES ($1, $2, $3)")
                .execute(Tuple.of(id, kind, status))
                .replaceWithVoid();
    }

    /**
     * Stores a batch in one transaction: the articles that are new (by id or content hash), an
     * outbox event for each, and the job's counts. Returns the number stored; the rest were duplicates.
     */
    public Uni<Integer> storeBatch(String jobId, List<NewArticle> batch, int received, int rejected, String errorsJson,
                                   Function<RawArticle, String> serialiser) {
        return pool.withTransaction(connection -> known(connection, batch)
                .flatMap(known -> {
                    List<NewArticle> fresh = batch.stream()
                            .filter(a -> !known.contains(a.id()) && !known.contains(a.contentHash()))
                            .toList();
                    return insert(connection, jobId, fresh)
                            .flatMap(stored -> queue(connection, stored, serialiser).replaceWith(stored));
                })
                .flatMap(stored -> connection.preparedQuery("""
                                UPDATE ingest_job SET received = received + $2, accepted = accepted + $3,
                                    rejected = rejected + $4, duplicates = duplicates + $5, errors = $6, updated_at = now()
                                WHERE id = $1""")
                        .execute(Tuple.tuple(List.of(jobId, received, stored.size(), rejected,
                                received - rejected - stored.size(), errorsJson)))
                        .replaceWith(stored.size())));
    }

    public Uni<Void> finish(String id, String status, String reason) {
        return pool.preparedQuery("""
                        UPDATE ingest_job SET status = $2, reason = $3, finished_at = now(), updated_at = now()
                        WHERE id = $1""")
                .execute(Tuple.of(id, status, reason))
                .replaceWithVoid();
    }

    public Uni<JobRow> find(String id) {
        return pool.preparedQuery("""
                        SELECT id, status, received, accepted, rejected, duplicates, errors, reason, created_at, finished_at
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
                            row.getString("errors"), row.getString("reason"), instant(row, "created_at"),
                            instant(row, "finished_at"));
                });
    }

    /** How many of the job's articles are in each status now. */
    public Uni<Map<ArticleStatus, Long>> statusCounts(String jobId) {
        return pool.preparedQuery("SELECT status, count(*) FROM article WHERE job_id = $1 GROUP BY status")
                .execute(Tuple.of(jobId))
                .map(rows -> {
                    Map<ArticleStatus, Long> counts = new EnumMap<>(ArticleStatus.class);
                    rows.forEach(row -> counts.put(ArticleStatus.valueOf(row.getString(0)), row.getLong(1)));
                    return counts;
                });
    }

    private static Uni<Set<String>> known(SqlConnection connection, List<NewArticle> batch) {
        String[] ids = batch.stream().map(NewArticle::id).toArray(String[]::new);
        String[] hashes = batch.stream().map(NewArticle::contentHash).toArray(String[]::new);
        return connection.preparedQuery("""
                        SELECT id, content_hash FROM article WHERE id = ANY($1) OR content_hash = ANY($2::char(64)[])""")
                .execute(Tuple.of(ids, hashes))
                .map(rows -> {
                    Set<String> known = new HashSet<>();
                    rows.forEach(row -> {
                        known.add(row.getString(0));
                        known.add(row.getString(1));
                    });
                    return known;
                });
    }

    /** Inserts the articles; one that a concurrent request stored meanwhile is skipped. Returns those inserted. */
    private static Uni<List<StoredArticle>> insert(SqlConnection connection, String jobId, List<NewArticle> fresh) {
        if (fresh.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Tuple parameters = Tuple.tuple(List.of(
                fresh.stream().map(NewArticle::id).toArray(String[]::new),
                fresh.stream().map(NewArticle::url).toArray(String[]::new),
                fresh.stream().map(NewArticle::source).toArray(String[]::new),
                fresh.stream().map(NewArticle::contentHash).toArray(String[]::new),
                fresh.stream().map(NewArticle::html).toArray(String[]::new),
                fresh.stream().map(NewArticle::text).toArray(String[]::new),
                fresh.stream().map(NewArticle::language).toArray(String[]::new),
                fresh.stream().map(a -> a.publishedAt() == null ? null : a.publishedAt().atOffset(ZoneOffset.UTC))
                        .toArray(OffsetDateTime[]::new),
                now,
                ArticleStatus.RECEIVED.name(),
                jobId));
        return connection.preparedQuery("""
                        INSERT INTO article (id, version, url, source, content_hash, html, text, declared_language,
                            published_at, received_at, status, status_changed_at, job_id)
                        SELECT a.id, 1, a.url, a.source, a.hash, a.html, a.text, a.lang, a.published, $9, $10, $9, $11
                        FROM unnest($1::varchar[], $2::text[], $3::varchar[], $4::text[], $5::text[], $6::text[],
                                    $7::varchar[], $8::timestamptz[]) AS a(id, url, source, hash, html, text, lang, published)
                        ON CONFLICT (id) DO NOTHING
                        RETURNING id""")
                .execute(parameters)
                .map(rows -> {
                    Set<String> inserted = new HashSet<>();
                    rows.forEach(row -> inserted.add(row.getString(0)));
                    Instant at = now.toInstant();
                    return fresh.stream().filter(a -> inserted.contains(a.id()))
                            .map(a -> new StoredArticle(a, at)).toList();
                });
    }

    private static Uni<Void> queue(SqlConnection connection, List<StoredArticle> stored,
                                   Function<RawArticle, String> serialiser) {
        if (stored.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String[] keys = stored.stream().map(s -> s.article().id()).toArray(String[]::new);
        String[] payloads = stored.stream().map(s -> serialiser.apply(s.event())).toArray(String[]::new);
        return connection.preparedQuery("""
                        INSERT INTO outbox_event (topic, message_key, payload)
                        SELECT $1, o.message_key, o.payload
                        FROM unnest($2::varchar[], $3::text[]) WITH ORDINALITY AS o(message_key, payload, n)
                        ORDER BY o.n""")
                .execute(Tuple.of(Topics.RAW, keys, payloads))
                .replaceWithVoid();
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private record StoredArticle(NewArticle article, Instant receivedAt) {

        RawArticle event() {
            return new RawArticle(article.id(), 1, article.url(), article.source(), article.html(), article.text(),
                    article.language(), article.publishedAt(), receivedAt);
        }
    }
}
