package io.ziar.contracts.api;

import io.ziar.contracts.ArticleStatus;

/**
 * The answer to a submission: the article's id and version, its status, and whether it was already
 * known (the same content: a duplicate). The same canonical URL with other content is a new version.
 */
public record Acceptance(String id, int version, ArticleStatus status, boolean duplicate, String href) {

    public static Acceptance of(String id, int version, ArticleStatus status, boolean duplicate) {
        return new Acceptance(id, version, status, duplicate, "/api/v1/articles/" + id);
    }
}
