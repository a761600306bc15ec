package io.ziar.contracts.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/v1/analyze}: exactly one of a text and an HTML page, analysed synchronously. */
@Schema(description = "A text or an HTML page to analyse synchronously: exactly one of text and html")
public record AnalysisRequest(
        @Schema(description = "Plain text") String text,
        @Schema(description = "An HTML page") String html,
        @Schema(description = "The page's URL, to resolve relative links") String url,
        @Schema(description = "ISO 639-1 code, when known; detected otherwise", example = "ro") String language) {
}
