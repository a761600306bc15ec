package io.ziar.ingest.article.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.ArticleStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** An accepted article: what was submitted, where it is in the pipeline, and what analysis found. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    public String id;
    public int version;
    public String url;
    public String source;
    @Column(name = "content_hash")
    public String contentHash;
    public String html;
    public String text;
    @Column(name = "declared_language")
    public String declaredLanguage;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Enumerated(EnumType.STRING)
    public ArticleStatus status;
    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    /**
     * The analysis of version {@code analyzedVersion} as nlp-service published it: one jsonb document,
     * mapped by Jackson both ways, so its fields are the contract record's and nothing here.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    public AnalyzedArticle analysis;
    @Column(name = "story_id")
    public String storyId;
    @Column(name = "analyzed_version")
    public Integer analyzedVersion;
    @Column(name = "indexed_version")
    public Integer indexedVersion;
    @Column(name = "failure_reason")
    public String failureReason;
    /** The bulk job the article came with; null for single submissions. */
    @Column(name = "job_id")
    public String jobId;
}
