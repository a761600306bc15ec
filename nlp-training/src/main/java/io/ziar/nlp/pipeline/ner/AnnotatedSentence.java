package io.ziar.nlp.pipeline.ner;

import java.util.List;

/** One sentence of a named-entity corpus with its gold mentions. */
public record AnnotatedSentence(String id, String text, List<Mention> mentions) {
}
