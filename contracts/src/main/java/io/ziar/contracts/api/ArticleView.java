package io.ziar.contracts.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.ArticleStatus;

import java.time.Instant;

/**
 * An article as clients read it: its analysis as nlp-service published it, under the stored id,
 * version, url, source and date ({@link AnalyzedArticle#asStored}; offsets into body), so that a new
 * analysis field shows here without a change, and where it is in the pipeline. {@code failureReason}
 * says why the pipeline gave up on a FAILED article.
 */
public record ArticleView(
        @JsonUnwrapped AnalyzedArticle article,
        ArticleStatus status,
        Instant statusChangedAt,
        Instant receivedAt,
        String storyId,
        String failureReason) {
}
