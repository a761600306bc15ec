package io.ziar.ingest.article.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlResult;
import io.vertx.mutiny.sqlclient.Tuple;
import io.ziar.contracts.AnalyzedArticle;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores a poll's analyses in one statement, each as one jsonb document: the JSON text nlp-service
 * published (read once, to check it and to take its id, version, source and date; not written again).
 * An analysis is stored unless a newer version's is already there; a source and date the page gave are
 * kept when the client sent none (the client's win); the status moves on only for the current version's
 * (an older version's analysis, arriving after a revision, leaves it RECEIVED). The rows are locked in
 * id order first, as every writer of several articles takes them, so that writers queue instead of
 * deadlocking.
 */
@ApplicationScoped
public class AnalysisWriter {

    /** An analysis as it came from the broker: the record read from it and its text. */
    public record ReceivedAnalysis(AnalyzedArticle article, String json) {
    }

    private final Pool pool;

    public AnalysisWriter(Pool pool) {
        this.pool = pool;
    }

    /** How many articles took an analysis. */
    public Uni<Integer> record(List<ReceivedAnalysis> analyses) {
        // one per article, its latest version (the later of two alike): what storing them in turn would leave
        Map<String, ReceivedAnalysis> latest = new LinkedHashMap<>();
        for (ReceivedAnalysis analysis : analyses) {
            latest.merge(analysis.article().id(), analysis, (known, later) -> later.article().version() >= known.article().version() ? later : known);
        }
        int n = latest.size();
        String[] ids = new String[n];
        Integer[] versions = new Integer[n];
        String[] documents = new String[n];
        String[] sources = new String[n];
        OffsetDateTime[] dates = new OffsetDateTime[n];
        int k = 0;
        for (ReceivedAnalysis analysis : latest.values()) {
            AnalyzedArticle article = analysis.article();
            ids[k] = article.id();
            versions[k] = article.version();
            documents[k] = analysis.json();
            sources[k] = article.source();
            dates[k++] = article.publishedAt() == null ? null : article.publishedAt().atOffset(ZoneOffset.UTC);
        }
        return pool.withTransaction(connection -> connection
                .preparedQuery("SELECT id FROM article WHERE id = ANY($1::varchar[]) ORDER BY id FOR UPDATE")
                .execute(Tuple.of(ids))
                .flatMap(locked -> connection.preparedQuery("""
                                UPDATE article AS a SET
                                    analysis = e.document::jsonb, analyzed_version = e.version,
                                    source = coalesce(a.source, e.source), published_at = coalesce(a.published_at, e.published_at),
                                    status_changed_at = CASE WHEN a.status = 'RECEIVED' AND a.version <= e.version THEN now() ELSE a.status_changed_at END,
                                    status = CASE WHEN a.status = 'RECEIVED' AND a.version <= e.version THEN 'ANALYZED' ELSE a.status END
                                FROM unnest($1::varchar[], $2::int[], $3::text[], $4::varchar[], $5::timestamptz[])
                                    AS e(id, version, document, source, published_at)
                                WHERE a.id = e.id AND (a.analyzed_version IS NULL OR a.analyzed_version <= e.version)""")
                        .execute(Tuple.of(ids, versions, documents, sources, dates))))
                .map(SqlResult::rowCount);
    }
}
