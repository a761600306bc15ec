package io.ziar.nlp.pipeline.extract;

import io.ziar.contracts.LeadImage;

import java.time.Instant;
import java.util.Set;

/**
 * What a page says about its article, before the body is looked at. {@code titleIsTheDocuments}: the
 * title is the {@code <title>} element's, the weakest source (often the site's or the section's name),
 * as the page declares no headline of its own. {@code schemaTypes} are the schema.org types its JSON-LD
 * declares (lower-case) and {@code openGraphType} its {@code og:type}: what the page says it is.
 */
public record PageMetadata(String title, boolean titleIsTheDocuments, String byline, Instant publishedAt, String siteName,
                           LeadImage leadImage, Set<String> schemaTypes, String openGraphType) {
}
