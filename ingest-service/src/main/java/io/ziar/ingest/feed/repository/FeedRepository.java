package io.ziar.ingest.feed.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import io.ziar.contracts.api.FeedView;
import io.ziar.ingest.sql.Rows;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Registered feeds. Plain SQL, like the jobs: the poller's worker thread awaits it, and due feeds are
 * claimed with SKIP LOCKED so that replicas never poll one feed together.
 */
@ApplicationScoped
public class FeedRepository {

    private static final String COLUMNS = """
            id, url, created_at, next_poll_at, last_polled_at, last_status, last_error, etag, last_modified, last_job_id""";

    private final Pool pool;

    public FeedRepository(Pool pool) {
        this.pool = pool;
    }

    /** Registers the feed unless it is; true when it was new. */
    public Uni<Boolean> insert(String id, String url) {
        return pool.preparedQuery("INSERT INTO feed (id, url) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .execute(Tuple.of(id, url))
                .map(rows -> rows.rowCount() == 1);
    }

    public Uni<FeedView> find(String id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM feed WHERE id = $1")
                .execute(Tuple.of(id))
                .map(rows -> views(rows).stream().findFirst().orElse(null));
    }

    public Uni<List<FeedView>> list(int limit) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM feed ORDER BY created_at, id LIMIT $1")
                .execute(Tuple.of(limit))
                .map(FeedRepository::views);
    }

    public Uni<Boolean> delete(String id) {
        return pool.preparedQuery("DELETE FROM feed WHERE id = $1").execute(Tuple.of(id)).map(rows -> rows.rowCount() == 1);
    }

    /** Takes up to {@code limit} due feeds (or the one with {@code id}, due or not) and moves their next poll on. */
    public Uni<List<FeedView>> claim(String id, int limit, Duration interval) {
        return pool.preparedQuery("""
                        UPDATE feed SET next_poll_at = now() + $3::bigint * interval '1 millisecond'
                        WHERE id IN (SELECT id FROM feed WHERE ($1::varchar IS NULL AND next_poll_at <= now()) OR id = $1
                                     ORDER BY next_poll_at LIMIT $2 FOR UPDATE SKIP LOCKED)
                        RETURNING\s""" + COLUMNS)
                .execute(Tuple.of(id, limit, interval.toMillis()))
                .map(FeedRepository::views);
    }

    /** How a poll went; validators and the job are kept from before when the poll brought none. */
    public Uni<Void> recordPoll(String id, String status, String error, String etag, String lastModified, String jobId) {
        return pool.preparedQuery("""
                        UPDATE feed SET last_polled_at = now(), last_status = $2, last_error = $3,
                            etag = coalesce($4, etag), last_modified = coalesce($5, last_modified),
                            last_job_id = coalesce($6, last_job_id)
                        WHERE id = $1""")
                .execute(Tuple.tuple(java.util.Arrays.asList(id, status, error, etag, lastModified, jobId)))
                .replaceWithVoid();
    }

    /** Which of these article ids are stored already. */
    public Uni<Set<String>> knownArticles(List<String> ids) {
        return pool.preparedQuery("SELECT id FROM article WHERE id = ANY($1)")
                .execute(Tuple.of(ids.toArray(String[]::new)))
                .map(rows -> {
                    Set<String> known = new HashSet<>();
                    rows.forEach(row -> known.add(row.getString(0)));
                    return known;
                });
    }

    private static List<FeedView> views(RowSet<Row> rows) {
        List<FeedView> views = new ArrayList<>();
        for (Row row : rows) {
            String id = row.getString("id");
            String job = row.getString("last_job_id");
            views.add(new FeedView(id, row.getString("url"), Rows.instant(row, "created_at"), Rows.instant(row, "next_poll_at"),
                    Rows.instant(row, "last_polled_at"), row.getString("last_status"), row.getString("last_error"),
                    row.getString("etag"), row.getString("last_modified"), job == null ? null : "/api/v1/jobs/" + job,
                    "/api/v1/feeds/" + id));
        }
        return views;
    }
}
