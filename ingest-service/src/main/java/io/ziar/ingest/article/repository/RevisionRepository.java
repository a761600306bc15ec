package io.ziar.ingest.article.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.ziar.contracts.api.ArticleRevisions.Revision;
import io.ziar.ingest.sql.Rows;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An article's versions: the current row and the versions it replaced. */
@ApplicationScoped
public class RevisionRepository {

    private static final int MAX_REVISIONS = 100;

    private final Pool pool;

    public RevisionRepository(Pool pool) {
        this.pool = pool;
    }

    /** Newest first; empty when there is no such article. */
    public Uni<List<Revision>> of(String articleId) {
        return pool.preparedQuery("""
                        SELECT version, url, content_hash, received_at, published_at, NULL::timestamptz AS superseded_at
                        FROM article WHERE id = $1
                        UNION ALL
                        SELECT version, url, content_hash, received_at, published_at, superseded_at
                        FROM article_revision WHERE article_id = $1
                        ORDER BY version DESC LIMIT $2""")
                .execute(Tuple.of(articleId, MAX_REVISIONS))
                .map(rows -> {
                    List<Revision> revisions = new ArrayList<>();
                    for (Row row : rows) {
                        Instant superseded = Rows.instant(row, "superseded_at");
                        revisions.add(new Revision(row.getInteger("version"), row.getString("url"),
                                row.getString("content_hash"), Rows.instant(row, "received_at"), Rows.instant(row, "published_at"),
                                superseded, superseded == null));
                    }
                    return revisions;
                });
    }
}
