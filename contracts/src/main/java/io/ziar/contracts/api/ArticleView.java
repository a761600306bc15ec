package io.ziar.contracts.api;

import io.ziar.contracts.ArticleStatus;
import io.ziar.contracts.Entity;
import io.ziar.contracts.PersonalDataFlag;
import io.ziar.contracts.Quote;

import java.time.Instant;
import java.util.List;

/**
 * An article as clients read it: what was stored, and what analysis found (offsets into body).
 * {@code failureReason} says why the pipeline gave up on a FAILED article.
 */
public record ArticleView(
        String id,
        int version,
        ArticleStatus status,
        Instant statusChangedAt,
        String url,
        String source,
        String title,
        String byline,
        String siteName,
        String body,
        String language,
        Instant publishedAt,
        Instant receivedAt,
        List<Entity> entities,
        List<Quote> quotes,
        List<PersonalDataFlag> personalData,
        String storyId,
        String failureReason) {
}
