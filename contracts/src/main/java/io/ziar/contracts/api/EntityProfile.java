package io.ziar.contracts.api;

import java.time.Instant;
import java.util.List;

/**
 * What the articles say about one entity: the labels it is named with, the forms the texts write it
 * in, in how many articles and how many times it is named, per day of publication, the ten names
 * (PERSON, ORG, GPE, LOC) named most often in the same articles, the latest articles naming it and,
 * for a speaker, the latest quotes attributed to it (latest by publication, else indexing, date).
 */
public record EntityProfile(String canonical, List<String> labels, List<String> variants, long articles, long mentions,
                            List<Day> days, List<EntitySuggestions.Suggestion> coOccurring, List<ArticleLink> latest,
                            List<QuoteLink> quotes) {

    /** {@code date}: yyyy-MM-dd (UTC) of publication, or of indexing for an article that gives no date. */
    public record Day(String date, long articles, long mentions) {
    }

    public record ArticleLink(String id, String title, String source, Instant publishedAt) {
    }

    /** A quote and the article it is in. */
    public record QuoteLink(String text, ArticleLink article) {
    }
}
