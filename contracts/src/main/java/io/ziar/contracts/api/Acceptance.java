package io.ziar.contracts.api;

import io.ziar.contracts.ArticleStatus;

/** The answer to a submission: the article's id, its status, and whether it was already known. */
public record Acceptance(String id, ArticleStatus status, boolean duplicate, String href) {

    public static Acceptance of(String id, ArticleStatus status, boolean duplicate) {
        return new Acceptance(id, status, duplicate, "/api/v1/articles/" + id);
    }
}
