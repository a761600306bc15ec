package io.ziar.ingest.feed.model;

/**
 * One RSS item or Atom entry as it was read (values stripped, blank ones null): its link, title,
 * HTML content (content:encoded or description; Atom content or summary) and date (pubDate; Atom
 * published or updated), as written in the feed. Numbered from 1 in document order.
 */
public record FeedItem(int number, String link, String title, String html, String published) {
}
