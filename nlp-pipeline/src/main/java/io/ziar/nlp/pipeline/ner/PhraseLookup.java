package io.ziar.nlp.pipeline.ner;

import java.util.List;

/** Known multi-word names, looked up by their lower-cased words ({@link Gazetteer}, {@link NameLists}). */
interface PhraseLookup {

    /** Whether some known multi-word name starts with this lower-cased word. */
    boolean startsPhrase(String lowerCaseWord);

    /** The label of the known multi-word name made of these words, or null. */
    String phraseLabel(List<String> words);
}
