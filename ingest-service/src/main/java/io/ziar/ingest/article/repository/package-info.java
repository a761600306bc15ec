/**
 * Writing the article tables. The reactive SQL client ({@link io.ziar.ingest.article.repository.ArticleWriter})
 * takes every write that holds a batch or commits with the outbox (new articles, revisions, their outbox
 * rows, job counts), on the transaction's one connection; Panache
 * ({@link io.ziar.ingest.article.repository.ArticleRepository}) the {@code Article} entity's reads and
 * its one-row changes as status events arrive (analysis, indexed, failed). Why, and what was measured:
 * docs/analysis.md.
 */
package io.ziar.ingest.article.repository;
