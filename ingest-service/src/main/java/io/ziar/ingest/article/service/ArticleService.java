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
import io.ziar.contracts.RawArticle;
import io.ziar.contracts.Topics;
import io.ziar.ingest.article.model.Article;
import io.ziar.ingest.article.repository.ArticleRepository;
import io.ziar.contracts.api.ArticleSubmission;
import io.ziar.ingest.outbox.OutboxEvent;
import io.ziar.ingest.outbox.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/** Accepts articles and follows their status; every change and the event announcing it commit together. */
@ApplicationScoped
public class ArticleService {

    private static final Logger LOG = Logger.getLogger(ArticleService.class);
    private static final TypeReference<List<Entity>> ENTITIES = new TypeReference<>() { };
    private static final TypeReference<List<Quote>> QUOTES = new TypeReference<>() { };
    private static final TypeReference<List<PersonalDataFlag>> PERSONAL_DATA = new TypeReference<>() { };

    private final ArticleRepository articles;
    private final OutboxRepository outbox;
    private final ObjectMapper json;

    public ArticleService(ArticleRepository articles, OutboxRepository outbox, ObjectMapper json) {
        this.articles = articles;
        this.outbox = outbox;
        this.json = json;
    }

    @WithTransaction
    public Uni<Acceptance> accept(ArticleSubmission submission) {
        return Uni.createFrom().item(() -> ArticleDraft.from(submission))
                .flatMap(draft -> articles.findById(draft.id())
                        .flatMap(known -> known != null ? Uni.createFrom().item(known) : articles.findByContentHash(draft.contentHash()))
                        .flatMap(known -> known != null
                                ? Uni.createFrom().item(Acceptance.of(known.id, known.status, true))
                                : store(draft)));
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

    @WithTransaction
    public Uni<Void> recordIndexed(IndexedArticle indexed) {
        return articles.recordIndexed(indexed)
                .invoke(updated -> logIfUnknown(updated, indexed.id(), ArticleStatus.INDEXED))
                .replaceWithVoid();
    }

    private Uni<Acceptance> store(ArticleDraft draft) {
        Instant now = Instant.now();
        Article article = new Article();
        article.id = draft.id();
        article.version = 1;
        article.url = draft.url();
        article.source = draft.source();
        article.contentHash = draft.contentHash();
        article.html = draft.html();
        article.text = draft.text();
        article.declaredLanguage = draft.language();
        article.publishedAt = draft.publishedAt();
        article.receivedAt = now;
        article.status = ArticleStatus.RECEIVED;
        article.statusChangedAt = now;
        RawArticle event = new RawArticle(article.id, article.version, article.url, article.source, article.html,
                article.text, article.declaredLanguage, article.publishedAt, now);
        return articles.persist(article)
                .flatMap(stored -> outbox.persist(OutboxEvent.of(Topics.RAW, stored.id, write(event))))
                .invoke(queued -> LOG.infof("Article %s accepted", article.id))
                .map(queued -> Acceptance.of(article.id, article.status, false));
    }

    private ArticleView view(Article a) {
        return new ArticleView(a.id, a.version, a.status, a.statusChangedAt, a.url, a.source, a.title, a.byline,
                a.siteName, a.body, a.language, a.publishedAt, a.receivedAt,
                read(a.entities, ENTITIES), read(a.quotes, QUOTES), read(a.personalData, PERSONAL_DATA), a.storyId);
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
