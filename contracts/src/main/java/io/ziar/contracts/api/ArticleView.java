package io.ziar.contracts.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.ArticleStatus;

import java.time.Instant;

/**
 * An article as clients read it: what was stored and where it is in the pipeline, and beside them
 * the fields of its analysis as nlp-service published it (offsets into body), so that a new analysis
 * field shows here without a change. The analysis' own id, version, url, source and date give way to
 * the stored ones (the current version's; the client's source and date win over the page's).
 * {@code failureReason} says why the pipeline gave up on a FAILED article.
 */
public record ArticleView(
        String id,
        int version,
        ArticleStatus status,
        Instant statusChangedAt,
        String url,
        String source,
        Instant publishedAt,
        Instant receivedAt,
        String storyId,
        String failureReason,
        @JsonUnwrapped @JsonIgnoreProperties({"id", "version", "url", "source", "publishedAt"}) AnalyzedArticle analysis) {
}
