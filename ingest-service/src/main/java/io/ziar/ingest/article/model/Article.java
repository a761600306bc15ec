package io.ziar.ingest.article.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.ArticleStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** An accepted article: what was submitted, where it is in the pipeline, and what analysis found. */
@Entity
public class Article extends PanacheEntityBase {

    @Id
    public String id;
    public int version;
    public String url;
    public String source;
    public String contentHash;
    public String html;
    public String text;
    public String declaredLanguage;
    public Instant publishedAt;
    public Instant receivedAt;
    @Enumerated(EnumType.STRING)
    public ArticleStatus status;
    public Instant statusChangedAt;

    /**
     * The analysis of version {@code analyzedVersion} as nlp-service published it: one jsonb document,
     * mapped by Jackson both ways, so its fields are the contract record's and nothing here.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    public AnalyzedArticle analysis;
    public String storyId;
    public Integer analyzedVersion;
    public Integer indexedVersion;
    public String failureReason;
    /** The bulk job the article came with; null for single submissions. */
    public String jobId;
}
