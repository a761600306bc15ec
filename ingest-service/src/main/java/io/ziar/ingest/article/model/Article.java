package io.ziar.ingest.article.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.ziar.contracts.ArticleStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    public String title;
    public String byline;
    @Column(name = "site_name")
    public String siteName;
    public String body;
    public String language;
    /** JSON array of {@link io.ziar.contracts.Entity}; kept as text, read and written by the service. */
    public String entities;
    /** JSON array of {@link io.ziar.contracts.Quote}. */
    public String quotes;
    /** JSON array of {@link io.ziar.contracts.PersonalDataFlag}. */
    @Column(name = "personal_data")
    public String personalData;
    public String fingerprint;
    @Column(name = "story_id")
    public String storyId;
    @Column(name = "analyzed_version")
    public Integer analyzedVersion;
    @Column(name = "indexed_version")
    public Integer indexedVersion;
    /** The bulk job the article came with; null for single submissions. */
    @Column(name = "failure_reason")
    public String failureReason;
    @Column(name = "job_id")
    public String jobId;
}
