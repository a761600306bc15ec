package io.ziar.ingest.feed.service;

import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.api.ArticleSubmission;
import io.ziar.ingest.feed.model.FeedItem;

import java.time.Instant;

/** What an article is made of, from a feed item: its own content, or the page it links to. Pure. */
final class FeedArticles {

    private FeedArticles() {
    }

    /** The item as an article: its link, and its title and content as an HTML page. */
    static ArticleSubmission fromItem(FeedItem item) {
        if (item.html() == null) {
            throw ProblemException.invalid("description", "The item has no content (content:encoded, description, "
                    + "Atom content or summary)");
        }
        String title = item.title() == null ? "" : FeedParser.escape(item.title());
        String html = "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1>" + item.html() + "</article></body></html>";
        return new ArticleSubmission(item.link(), html, null, null, date(item), null);
    }

    /** The page an item links to, fetched, with the item's date. */
    static ArticleSubmission fromPage(FeedItem item, String pageUrl, String html) {
        return new ArticleSubmission(pageUrl, html, null, null, date(item), null);
    }

    private static String date(FeedItem item) {
        Instant published = FeedDates.parse(item.published());
        return published == null ? null : published.toString();
    }
}
