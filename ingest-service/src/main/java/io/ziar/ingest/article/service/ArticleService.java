package io.ziar.ingest.article.service;

import io.ziar.contracts.api.Acceptance;
import io.ziar.contracts.api.ArticleView;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.AnalyzedArticlePage;
import io.ziar.contracts.ArticleStatus;
import io.ziar.contracts.IndexedArticle;
import io.ziar.contracts.StoredArticle;
import io.ziar.contracts.api.ArticleRevisions;
import io.ziar.contracts.api.ArticleSubmission;
import io.ziar.ingest.article.model.Article;
import io.ziar.ingest.article.repository.AnalysisWriter;
import io.ziar.ingest.article.repository.AnalysisWriter.ReceivedAnalysis;
import io.ziar.ingest.article.repository.ArticleRepository;
import io.ziar.ingest.article.repository.ArticleWriter;
import io.ziar.ingest.article.repository.RevisionRepository;
import io.ziar.ingest.backlog.PipelineBacklog;
import io.ziar.ingest.outbox.TraceParent;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Accepts articles and follows their status; every change and the event announcing it commit together. */
@ApplicationScoped
public class ArticleService {

    private static final Logger LOG = Logger.getLogger(ArticleService.class);

    private final ArticleRepository articles;
    private final ArticleWriter writer;
    private final AnalysisWriter analyses;
    private final RevisionRepository revisions;
    private final Pool pool;
    private final PipelineBacklog backlog;

    public ArticleService(ArticleRepository articles, ArticleWriter writer, AnalysisWriter analyses, RevisionRepository revisions,
                          Pool pool, PipelineBacklog backlog) {
        this.articles = articles;
        this.writer = writer;
        this.analyses = analyses;
        this.revisions = revisions;
        this.pool = pool;
        this.backlog = backlog;
    }

    /** Stores a new article or a new version of a known one, or answers with the known one (same content). */
    public Uni<Acceptance> accept(ArticleSubmission submission) {
        String traceparent = TraceParent.current();
        return Uni.createFrom().item(() -> {
                    backlog.requireRoom();
                    return ArticleDraft.from(submission);
                })
                .flatMap(draft -> pool.withTransaction(connection ->
                        writer.store(connection, null, List.of(draft), traceparent)))
                .map(outcomes -> outcomes.get(0))
                .invoke(outcome -> {
                    if (outcome.stored()) {
                        LOG.infof("Article %s accepted (version %d)", outcome.id(), outcome.version());
                    }
                })
                .map(outcome -> Acceptance.of(outcome.id(), outcome.version(), outcome.status(), !outcome.stored()));
    }

    public Uni<ArticleRevisions> revisions(String id) {
        return revisions.of(id).map(versions -> {
            if (versions.isEmpty()) {
                throw ProblemException.notFound("No article with id '" + id + "'");
            }
            return new ArticleRevisions(id, versions.get(0).version(), versions);
        });
    }

    @WithSession
    public Uni<ArticleView> find(String id) {
        return articles.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No article with id '" + id + "'"))
                .map(ArticleService::view);
    }

    /** A page of the stored analyses, as nlp-service published them plus the story search-service assigned. */
    @WithSession
    public Uni<AnalyzedArticlePage> analyzedAfter(String afterId, int limit) {
        return articles.analyzedAfter(afterId, limit).map(page -> new AnalyzedArticlePage(
                page.stream().map(article -> new StoredArticle(article.analysis, article.storyId)).toList(),
                page.size() < limit ? null : page.get(page.size() - 1).id));
    }

    /** A poll's analyses, in one statement ({@link AnalysisWriter}). */
    public Uni<Void> recordAnalyses(List<ReceivedAnalysis> batch) {
        return analyses.record(batch)
                .invoke(updated -> LOG.debugf("%d of %d analyses stored (the others of unknown ids or older versions)", (long) updated, (long) batch.size()))
                .replaceWithVoid();
    }

    /** A version the pipeline gave up on (its dead-letter record): FAILED, with the reason, unless it was indexed. */
    @WithTransaction
    public Uni<Void> recordFailure(String id, Integer version, String reason) {
        return articles.recordFailure(id, version, reason)
                .invoke(updated -> {
                    if (updated > 0) {
                        LOG.warnf("Article %s v%s failed: %s", id, version == null ? "?" : version, reason);
                    }
                })
                .replaceWithVoid();
    }

    /**
     * A poll's indexed events in one transaction, each one statement, rows taken in id order (a stable
     * sort keeps one article's events in the order they came), as {@link AnalysisWriter} takes them, so
     * that writers of the same articles queue instead of deadlocking.
     */
    @WithTransaction
    public Uni<Void> recordIndexed(List<IndexedArticle> batch) {
        return inIdOrder(batch, IndexedArticle::id, indexed -> articles.recordIndexed(indexed)
                .invoke(updated -> logIfUnknown(updated, indexed.id(), ArticleStatus.INDEXED)));
    }

    /** One update after the other (a session runs one statement at a time), by article id. */
    private static <T> Uni<Void> inIdOrder(List<T> events, Function<T, String> id, Function<T, Uni<Integer>> update) {
        List<T> ordered = events.stream().sorted(Comparator.comparing(id, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        return Multi.createFrom().iterable(ordered).onItem().<Integer>transformToUniAndConcatenate(update::apply).collect().last().replaceWithVoid();
    }

    private static ArticleView view(Article a) {
        AnalyzedArticle analysis = a.analysis != null ? a.analysis : AnalyzedArticle.notYet();
        return new ArticleView(analysis.asStored(a.id, a.version, a.url, a.source, a.publishedAt), a.status, a.statusChangedAt,
                a.receivedAt, a.storyId, a.failureReason);
    }

    private static void logIfUnknown(int updated, String id, ArticleStatus status) {
        if (updated == 0) {
            LOG.debugf("Status %s for article %s changed nothing (unknown id or already further)", status, id);
        }
    }
}
