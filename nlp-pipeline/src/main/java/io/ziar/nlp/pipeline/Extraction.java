package io.ziar.nlp.pipeline;

import java.time.Instant;
import java.util.List;

/** Main text and metadata of a page; {@code body} is the paragraphs joined by blank lines. */
public record Extraction(
        String title,
        String byline,
        Instant publishedAt,
        String siteName,
        LeadImage leadImage,
        List<String> paragraphs) {

    public record LeadImage(String url, String caption, String credit) {
    }

    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
