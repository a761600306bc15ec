package io.ziar.search.article.indexing;

import io.ziar.contracts.IndexedArticle;

/** What became of one article of a batch: indexed, or refused for good with the reason. */
public record IndexOutcome(IndexedArticle indexed, String refusal) {

    static IndexOutcome indexed(IndexedArticle indexed) {
        return new IndexOutcome(indexed, null);
    }

    static IndexOutcome refused(String reason) {
        return new IndexOutcome(null, reason);
    }
}
