package io.ziar.nlp.pipeline.extract;

/** The picture a page leads with, its caption and credit. */
public record LeadImage(String url, String caption, String credit) {
}
