package io.ziar.contracts;

/** Processing status of an article; declared in the order an article moves through the pipeline. */
public enum ArticleStatus {
    RECEIVED, ANALYZED, INDEXED, FAILED;

    /** Events may arrive out of order across topics: a status only ever moves forward. */
    public ArticleStatus advanceTo(ArticleStatus next) {
        return next.ordinal() > ordinal() ? next : this;
    }
}
