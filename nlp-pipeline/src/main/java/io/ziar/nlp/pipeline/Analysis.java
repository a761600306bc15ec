package io.ziar.nlp.pipeline;

import io.ziar.contracts.Entity;
import io.ziar.contracts.Quote;

import java.util.List;

/** Everything the pipeline learnt about one document. Offsets are into {@code extraction.body()}. */
public record Analysis(Extraction extraction, String body, String language, List<Entity> entities, List<Quote> quotes) {
}
