package io.ziar.nlp.pipeline.ner;

import java.util.Map;

/**
 * Distributional classes of a language's words, built from unlabelled text by the training
 * module's word-cluster builder: words used in similar contexts share a path in a tree of clusters
 * ("3", "31", "312", ...), so that a word the annotated data never saw still borrows the evidence of
 * its neighbours in the tree ("orfanilor" near "pensionarilor", "Brașov" near "Cluj"). A model
 * carries its own ({@link FeatureResources}).
 */
final class WordClusters {

    static final String UNKNOWN = "-";

    private final Map<String, String> pathOfWord;

    WordClusters(Map<String, String> pathOfWord) {
        this.pathOfWord = pathOfWord;
    }

    /** The cluster path of a lower-cased word, or {@link #UNKNOWN}. */
    String path(String lowerCaseWord) {
        return pathOfWord.getOrDefault(lowerCaseWord, UNKNOWN);
    }

    Map<String, String> paths() {
        return pathOfWord;
    }
}
