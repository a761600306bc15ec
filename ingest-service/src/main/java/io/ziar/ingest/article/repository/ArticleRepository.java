package io.ziar.ingest.article.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.ArticleStatus;
import io.ziar.contracts.IndexedArticle;
import io.ziar.ingest.article.model.Article;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, String> {

    @WithSession
    public Uni<Article> findByContentHash(String contentHash) {
        return find("contentHash", contentHash).firstResult();
    }

    /**
     * Stores an analysis, as one document, unless a newer version's is already there (a date the page
     * gave is kept when the client sent none: the client's wins); the status moves on only for the
     * current version's (an older version's analysis, arriving after a revision, leaves it RECEIVED).
     * One statement, so that a concurrent INDEXED update is never overwritten by a stale read.
     */
    public Uni<Integer> recordAnalysis(AnalyzedArticle analyzed) {
        return update("""
                analysis = :analysis, analyzedVersion = :version,
                source = coalesce(source, :source), publishedAt = coalesce(publishedAt, :publishedAt),
                statusChangedAt = case when status = :received and version <= :version then :now else statusChangedAt end,
                status = case when status = :received and version <= :version then :analyzed else status end
                where id = :id and (analyzedVersion is null or analyzedVersion <= :version)""",
                Parameters.with("analysis", analyzed)
                        .and("version", analyzed.version())
                        .and("source", analyzed.source())
                        .and("publishedAt", analyzed.publishedAt())
                        .and("received", ArticleStatus.RECEIVED)
                        .and("analyzed", ArticleStatus.ANALYZED)
                        .and("now", Instant.now())
                        .and("id", analyzed.id()));
    }

    /** Analysed articles after {@code afterId} in id order: keyset paging, as cheap on the last page as on the first. */
    public Uni<List<Article>> analyzedAfter(String afterId, int limit) {
        return find("analyzedVersion is not null and id > ?1", Sort.by("id"), afterId == null ? "" : afterId)
                .page(0, limit).list();
    }

    /**
     * Moves the status to INDEXED (once) and keeps the story search-service put the article in; a
     * record without a story (written before stories were assigned) keeps the one already known. An
     * event of an older version (a revision came since) changes nothing.
     */
    public Uni<Integer> recordIndexed(IndexedArticle indexed) {
        return update("""
                storyId = coalesce(:storyId, storyId),
                indexedVersion = case when status = :indexed or status = :failed then indexedVersion else :version end,
                statusChangedAt = case when status = :indexed or status = :failed then statusChangedAt else :at end,
                status = case when status = :failed then status else :indexed end
                where id = :id and version <= :version""",
                Parameters.with("indexed", ArticleStatus.INDEXED)
                        .and("storyId", indexed.storyId())
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
