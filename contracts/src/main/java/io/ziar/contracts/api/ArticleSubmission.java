package io.ziar.contracts.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as a client submits it. Exactly one of {@code html} and {@code text} is required. */
@Schema(description = "An article to ingest: HTML as fetched, or plain text")
public record ArticleSubmission(
        @Schema(description = "Where the article was published; its canonical form gives the article id",
                example = "https://www.g4media.ro/lavrov-mali.html") String url,
        @Schema(description = "The page as fetched") String html,
        @Schema(description = "Plain text, possibly with page furniture still in it") String text,
        @Schema(description = "Publisher; defaults to the URL's host", example = "g4media.ro") String source,
        @Schema(description = "ISO-8601 instant, offset date-time or date", example = "2024-05-16T10:00:00Z") String publishedAt,
        @Schema(description = "ISO 639-1 code, when known", example = "ro") String language) {
}
