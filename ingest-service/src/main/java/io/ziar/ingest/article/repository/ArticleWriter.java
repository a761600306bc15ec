package io.ziar.ingest.article.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.ziar.contracts.ArticleStatus;
import io.ziar.contracts.RawArticle;
import io.ziar.contracts.Topics;
import io.ziar.ingest.article.service.ArticleDraft;
import io.ziar.ingest.sql.Rows;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores drafts within the caller's transaction, one multi-row statement per step, the same way for a
 * single submission and for a bulk batch: content already stored (under any id) is a duplicate; a
 * known id (canonical URL) with other content is a new revision (the version increments, the replaced
 * version goes to {@code article_revision}); anything else is a new article. Every stored version gets
 * its outbox event in the same transaction. The rows a batch touches are locked first, so two
 * concurrent revisions of one article serialise instead of losing one.
 */
@ApplicationScoped
public class ArticleWriter {

    /** What became of one draft. For a duplicate, the id and status are the stored article's. */
    public record Outcome(String id, int version, ArticleStatus status, Kind kind) {

        public enum Kind { NEW, REVISION, DUPLICATE }

        public boolean stored() {
            return kind != Kind.DUPLICATE;
        }
    }

    private record Known(String id, String contentHash, int version, ArticleStatus status) {
    }

    private final ObjectMapper json;

    public ArticleWriter(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Stores the drafts (distinct ids and content hashes: a batch holds no two versions of one article)
     * and returns an outcome per draft, in order. {@code jobId} and {@code traceparent} may be null.
     */
    public Uni<List<Outcome>> store(SqlConnection connection, String jobId, List<ArticleDraft> drafts, String traceparent) {
        if (drafts.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return known(connection, drafts).flatMap(known -> {
            Map<String, Known> byHash = new HashMap<>();
            known.values().forEach(k -> byHash.put(k.contentHash(), k));
            List<ArticleDraft> fresh = new ArrayList<>();
            List<ArticleDraft> revised = new ArrayList<>();
            for (ArticleDraft draft : drafts) {
                if (!byHash.containsKey(draft.contentHash())) {
                    (known.containsKey(draft.id()) ? revised : fresh).add(draft);
                }
            }
            return insert(connection, jobId, fresh, now)
                    .flatMap(inserted -> revise(connection, jobId, revised, now)
                            .map(revisedEvents -> {
                                Map<String, RawArticle> events = new HashMap<>(inserted);
                                events.putAll(revisedEvents);
                                return events;
                            }))
                    .flatMap(events -> queue(connection, drafts, events, traceparent)
                            .map(queued -> outcomes(drafts, known, byHash, events)));
        });
    }

    private static List<Outcome> outcomes(List<ArticleDraft> drafts, Map<String, Known> known, Map<String, Known> byHash,
                                          Map<String, RawArticle> events) {
        List<Outcome> outcomes = new ArrayList<>(drafts.size());
        for (ArticleDraft draft : drafts) {
            RawArticle event = events.get(draft.id());
            if (event != null) {
                outcomes.add(new Outcome(draft.id(), event.version(), ArticleStatus.RECEIVED,
                        known.containsKey(draft.id()) ? Outcome.Kind.REVISION : Outcome.Kind.NEW));
            } else {
                Known same = byHash.getOrDefault(draft.contentHash(), known.get(draft.id()));
                outcomes.add(same == null
                        // stored meanwhile by a concurrent request: a duplicate of it
                        ? new Outcome(draft.id(), 1, ArticleStatus.RECEIVED, Outcome.Kind.DUPLICATE)
                        : new Outcome(same.id(), same.version(), same.status(), Outcome.Kind.DUPLICATE));
            }
        }
        return outcomes;
    }

    /**
     * The stored articles with one of the drafts' ids or content hashes, locked until the transaction ends.
     * Each hash is its own index look-up (the subquery fenced with OFFSET 0 so the planner cannot turn it
     * into a join): without column statistics (a cluster without autovacuum) the planner would otherwise
     * take 500 hashes for a large part of the table and scan all of it, a cost that grows with the corpus.
     */
    private static Uni<Map<String, Known>> known(SqlConnection connection, List<ArticleDraft> drafts) {
        String[] ids = drafts.stream().map(ArticleDraft::id).toArray(String[]::new);
        String[] hashes = drafts.stream().map(ArticleDraft::contentHash).toArray(String[]::new);
        return connection.preparedQuery("""
                        SELECT id, content_hash, version, status FROM article
                        WHERE id = ANY($1::varchar[] || ARRAY(
                            SELECT same.id FROM unnest($2::char(64)[]) AS h(hash)
                            CROSS JOIN LATERAL (SELECT id FROM article WHERE content_hash = h.hash OFFSET 0) AS same))
                        ORDER BY id FOR UPDATE""")
                .execute(Tuple.of(ids, hashes))
                .map(rows -> {
                    Map<String, Known> known = new HashMap<>();
                    rows.forEach(row -> known.put(row.getString(0), new Known(row.getString(0), row.getString(1),
                            row.getInteger(2), ArticleStatus.valueOf(row.getString(3)))));
                    return known;
                });
    }

    /** Inserts new articles; one that a concurrent request stored meanwhile is skipped. Returns the events of those inserted. */
    private static Uni<Map<String, RawArticle>> insert(SqlConnection connection, String jobId, List<ArticleDraft> fresh,
                                                       OffsetDateTime now) {
        if (fresh.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return connection.preparedQuery("""
                        INSERT INTO article (id, version, url, source, content_hash, html, text, declared_language,
                            published_at, received_at, status, status_changed_at, job_id)
                        SELECT a.id, 1, a.url, a.source, a.hash, a.html, a.text, a.lang, a.published, $9, $10, $9, $11
                        FROM unnest($1::varchar[], $2::text[], $3::varchar[], $4::text[], $5::text[], $6::text[],
                                    $7::varchar[], $8::timestamptz[]) AS a(id, url, source, hash, html, text, lang, published)
                        ON CONFLICT (id) DO NOTHING
                        RETURNING id, version, url, source, html, text, declared_language, published_at, received_at""")
                .execute(columns(fresh, now, jobId))
                .map(ArticleWriter::events);
    }

    /** Archives the current versions of the revised articles and replaces them with the drafts, version + 1. */
    private static Uni<Map<String, RawArticle>> revise(SqlConnection connection, String jobId, List<ArticleDraft> revised,
                                                       OffsetDateTime now) {
        if (revised.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String[] ids = revised.stream().map(ArticleDraft::id).toArray(String[]::new);
        return connection.preparedQuery("""
                        INSERT INTO article_revision (article_id, version, url, source, content_hash, html, text,
                            declared_language, published_at, received_at, job_id, superseded_at)
                        SELECT id, version, url, source, content_hash, html, text, declared_language, published_at,
                            received_at, job_id, $2
                        FROM article WHERE id = ANY($1)""")
                .execute(Tuple.of(ids, now))
                .flatMap(archived -> connection.preparedQuery("""
                                UPDATE article SET version = article.version + 1, url = a.url,
                                    source = coalesce(a.source, article.source), content_hash = a.hash, html = a.html,
                                    text = a.text, declared_language = a.lang,
                                    published_at = coalesce(a.published, article.published_at),
                                    received_at = $9, status = $10, status_changed_at = $9, job_id = $11, failure_reason = NULL
                                FROM unnest($1::varchar[], $2::text[], $3::varchar[], $4::text[], $5::text[], $6::text[],
                                            $7::varchar[], $8::timestamptz[]) AS a(id, url, source, hash, html, text, lang, published)
                                WHERE article.id = a.id
                                RETURNING article.id, article.version, article.url, article.source, article.html,
                                    article.text, article.declared_language, article.published_at, article.received_at""")
                        .execute(columns(revised, now, jobId)))
                .map(ArticleWriter::events);
    }

    private static Tuple columns(List<ArticleDraft> drafts, OffsetDateTime now, String jobId) {
        // Arrays.asList, not List.of: a single submission has no job id
        return Tuple.tuple(Arrays.asList(
                drafts.stream().map(ArticleDraft::id).toArray(String[]::new),
                drafts.stream().map(ArticleDraft::url).toArray(String[]::new),
                drafts.stream().map(ArticleDraft::source).toArray(String[]::new),
                drafts.stream().map(ArticleDraft::contentHash).toArray(String[]::new),
                drafts.stream().map(ArticleDraft::html).toArray(String[]::new),
                drafts.stream().map(ArticleDraft::text).toArray(String[]::new),
                drafts.stream().map(ArticleDraft::language).toArray(String[]::new),
                drafts.stream().map(a -> a.publishedAt() == null ? null : a.publishedAt().atOffset(ZoneOffset.UTC))
                        .toArray(OffsetDateTime[]::new),
                now,
                ArticleStatus.RECEIVED.name(),
                jobId));
    }

    private static Map<String, RawArticle> events(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        Map<String, RawArticle> events = new HashMap<>();
        rows.forEach(row -> events.put(row.getString("id"), new RawArticle(row.getString("id"), row.getInteger("version"),
                row.getString("url"), row.getString("source"), row.getString("html"), row.getString("text"),
                row.getString("declared_language"), Rows.instant(row, "published_at"), Rows.instant(row, "received_at"))));
        return events;
    }

    /** One outbox event per stored version, in the drafts' order. */
    private Uni<Void> queue(SqlConnection connection, List<ArticleDraft> drafts, Map<String, RawArticle> events,
                            String traceparent) {
        List<RawArticle> ordered = drafts.stream().map(d -> events.get(d.id())).filter(e -> e != null).toList();
        if (ordered.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String[] keys = ordered.stream().map(RawArticle::id).toArray(String[]::new);
        String[] payloads = ordered.stream().map(this::write).toArray(String[]::new);
        return connection.preparedQuery("""
                        INSERT INTO outbox_event (topic, message_key, payload, traceparent)
                        SELECT $1, o.message_key, o.payload, $4
                        FROM unnest($2::varchar[], $3::text[]) WITH ORDINALITY AS o(message_key, payload, n)
                        ORDER BY o.n""")
                .execute(Tuple.of(Topics.RAW, keys, payloads, traceparent))
                .replaceWithVoid();
    }

    private String write(RawArticle event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the article event", e);
        }
    }
}
