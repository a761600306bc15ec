package io.ziar.ingest.article.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
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
