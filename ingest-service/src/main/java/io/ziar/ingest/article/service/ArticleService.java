package io.ziar.ingest.article.service;

import io.ziar.contracts.api.Acceptance;
import io.ziar.contracts.api.ArticleView;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.AnalyzedArticlePage;
import io.ziar.contracts.ArticleStatus;
import io.ziar.contracts.Entity;
import io.ziar.contracts.IndexedArticle;
import io.ziar.contracts.PersonalDataFlag;
import io.ziar.contracts.Quote;
import io.ziar.contracts.api.ArticleRevisions;
import io.ziar.contracts.api.ArticleSubmission;
import io.ziar.ingest.article.model.Article;
import io.ziar.ingest.article.repository.ArticleRepository;
import io.ziar.ingest.article.repository.ArticleWriter;
import io.ziar.ingest.article.repository.RevisionRepository;
import io.ziar.ingest.backlog.PipelineBacklog;
import io.ziar.ingest.outbox.TraceParent;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;

/** Accepts articles and follows their status; every change and the event announcing it commit together. */
@ApplicationScoped
public class ArticleService {

    private static final Logger LOG = Logger.getLogger(ArticleService.class);
    private static final TypeReference<List<Entity>> ENTITIES = new TypeReference<>() { };
    private static final TypeReference<List<Quote>> QUOTES = new TypeReference<>() { };
    private static final TypeReference<List<PersonalDataFlag>> PERSONAL_DATA = new TypeReference<>() { };

    private final ArticleRepository articles;
    private final ArticleWriter writer;
    private final RevisionRepository revisions;
    private final Pool pool;
    private final PipelineBacklog backlog;
    private final ObjectMapper json;

    public ArticleService(ArticleRepository articles, ArticleWriter writer, RevisionRepository revisions, Pool pool,
                          PipelineBacklog backlog, ObjectMapper json) {
        this.articles = articles;
        this.writer = writer;
        this.revisions = revisions;
        this.pool = pool;
        this.backlog = backlog;
        this.json = json;
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
                .map(this::view);
    }

    /** A page of the stored analyses, as nlp-service published them plus the story search-service assigned. */
    @WithSession
    public Uni<AnalyzedArticlePage> analyzedAfter(String afterId, int limit) {
        return articles.analyzedAfter(afterId, limit).map(page -> new AnalyzedArticlePage(
                page.stream().map(this::analysis).toList(),
                page.size() < limit ? null : page.get(page.size() - 1).id));
    }

    @WithTransaction
    public Uni<Void> recordAnalysis(AnalyzedArticle analyzed) {
        return articles.recordAnalysis(analyzed, write(analyzed.entities()), write(analyzed.quotes()),
                        write(analyzed.personalData()))
                .invoke(updated -> logIfUnknown(updated, analyzed.id(), ArticleStatus.ANALYZED))
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

    @WithTransaction
    public Uni<Void> recordIndexed(IndexedArticle indexed) {
        return articles.recordIndexed(indexed)
                .invoke(updated -> logIfUnknown(updated, indexed.id(), ArticleStatus.INDEXED))
                .replaceWithVoid();
    }

    private ArticleView view(Article a) {
        return new ArticleView(a.id, a.version, a.status, a.statusChangedAt, a.url, a.source, a.title, a.byline,
                a.siteName, a.body, a.language, a.publishedAt, a.receivedAt,
                read(a.entities, ENTITIES), read(a.quotes, QUOTES), read(a.personalData, PERSONAL_DATA), a.storyId,
                a.failureReason);
    }

    private AnalyzedArticle analysis(Article a) {
        return new AnalyzedArticle(a.id, a.analyzedVersion, a.url, a.source, a.title, a.byline, a.siteName, a.body, a.language,
                a.publishedAt, read(a.entities, ENTITIES), read(a.quotes, QUOTES), read(a.personalData, PERSONAL_DATA),
                a.fingerprint, a.storyId);
    }

    private static void logIfUnknown(int updated, String id, ArticleStatus status) {
        if (updated == 0) {
            LOG.debugf("Status %s for article %s changed nothing (unknown id or already further)", status, id);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> List<T> read(String value, TypeReference<List<T>> type) {
        if (value == null) {
            return List.of();
        }
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored analysis is not valid JSON", e);
        }
    }
}
