package io.ziar.ingest.article.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.ArticleStatus;
import io.ziar.contracts.IndexedArticle;
import io.ziar.ingest.article.model.Article;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, String> {

    @WithSession
    public Uni<Article> findByContentHash(String contentHash) {
        return find("contentHash", contentHash).firstResult();
    }

    /**
     * Stores an analysis unless a newer version's is already there; the status moves on only for the
     * current version's (an older version's analysis, arriving after a revision, leaves it RECEIVED). One statement, so that a
     * concurrent INDEXED update is never overwritten by a stale read.
     */
    public Uni<Integer> recordAnalysis(AnalyzedArticle analyzed, String entitiesJson, String quotesJson, String personalDataJson) {
        return update("""
                title = :title, byline = :byline, siteName = :siteName, body = :body, language = :language,
                entities = :entities, quotes = :quotes, personalData = :personalData, fingerprint = :fingerprint,
                storyId = :storyId, analyzedVersion = :version,
                source = coalesce(source, :source),
                statusChangedAt = case when status = :received and version <= :version then :now else statusChangedAt end,
                status = case when status = :received and version <= :version then :analyzed else status end
                where id = :id and (analyzedVersion is null or analyzedVersion <= :version)""",
                Parameters.with("title", analyzed.title())
                        .and("byline", analyzed.byline())
                        .and("siteName", analyzed.siteName())
                        .and("body", analyzed.body())
                        .and("language", analyzed.language())
                        .and("entities", entitiesJson)
                        .and("quotes", quotesJson)
                        .and("personalData", personalDataJson)
                        .and("fingerprint", analyzed.fingerprint())
                        .and("storyId", analyzed.storyId())
                        .and("version", analyzed.version())
                        .and("source", analyzed.source())
                        .and("received", ArticleStatus.RECEIVED)
                        .and("analyzed", ArticleStatus.ANALYZED)
                        .and("now", Instant.now())
                        .and("id", analyzed.id()));
    }

    public Uni<Integer> recordIndexed(IndexedArticle indexed) {
        return update("""
                status = :indexed, indexedVersion = :version, statusChangedAt = :at
                where id = :id and version <= :version and status <> :indexed and status <> :failed""",
                Parameters.with("indexed", ArticleStatus.INDEXED)
                        .and("failed", ArticleStatus.FAILED)
                        .and("version", indexed.version())
                        .and("at", indexed.indexedAt() == null ? Instant.now() : indexed.indexedAt())
                        .and("id", indexed.id()));
    }

    /** A missing version (an unreadable dead-letter record) fails whatever version is stored. */
    public Uni<Integer> recordFailure(String id, Integer version, String reason) {
        Parameters parameters = Parameters.with("failed", ArticleStatus.FAILED)
                .and("reason", reason)
                .and("now", Instant.now())
                .and("id", id)
                .and("indexed", ArticleStatus.INDEXED);
        String update = "status = :failed, failureReason = :reason, statusChangedAt = :now where id = :id and status <> :indexed";
        return version == null
                ? update(update, parameters)
                : update(update + " and version = :version", parameters.and("version", version));
    }
}
