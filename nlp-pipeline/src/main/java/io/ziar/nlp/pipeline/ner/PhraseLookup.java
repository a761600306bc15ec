package io.ziar.nlp.pipeline.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Known multi-word names, looked up by their lower-cased words ({@link Gazetteer}, {@link NameLists}). */
interface PhraseLookup {

    /** Whether some known multi-word name starts with these two lower-cased words. */
    boolean startsPhrase(String first, String second);

    /** The first words, and the first two words, of each multi-word name: most words start none, and cost one look-up. */
    record Starts(Set<String> words, Set<String> pairs) {

        Starts() {
            this(new HashSet<>(), new HashSet<>());
        }

        void add(String first, String second) {
            words.add(first);
            pairs.add(first + ' ' + second);
        }

        boolean contain(String first, String second) {
            return words.contains(first) && pairs.contains(first + ' ' + second);
        }
    }

    /** The label of the known multi-word name made of these words, or null. */
    String phraseLabel(List<String> words);
}
