package io.ziar.nlp.pipeline.extract;

import io.ziar.nlp.pipeline.Extraction.LeadImage;

import java.time.Instant;

/** What a page says about its article, before the body is looked at. */
public record PageMetadata(String title, String byline, Instant publishedAt, String siteName, LeadImage leadImage) {
}
