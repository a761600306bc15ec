package io.ziar.contracts.api;

import java.util.List;

/**
 * What the articles say about one entity: the labels it is named with, in how many articles and how
 * many times it is named, per day of publication, and the ten names (PERSON, ORG, GPE, LOC) named most
 * often in the same articles.
 */
public record EntityProfile(String canonical, List<String> labels, long articles, long mentions, List<Day> days,
                            List<EntitySuggestions.Suggestion> coOccurring) {

    /** {@code date}: yyyy-MM-dd (UTC) of publication. */
    public record Day(String date, long articles, long mentions) {
    }
}
