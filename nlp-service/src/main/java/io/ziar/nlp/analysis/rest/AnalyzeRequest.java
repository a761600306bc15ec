package io.ziar.nlp.analysis.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A text or an HTML page to analyse synchronously")
public record AnalyzeRequest(
        @Schema(description = "Plain text") String text,
        @Schema(description = "An HTML page") String html,
        @Schema(description = "The page's URL, to resolve relative links") String url,
        @Schema(description = "ISO 639-1 code, when known; detected otherwise", example = "ro") String language) {
}
