package io.ziar.nlp.pipeline.ner;

import io.ziar.nlp.pipeline.tokens.Lemmatizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Distributional classes of Romanian words, built by {@link WordClusterBuilder} from unlabelled
 * text: words used in similar contexts share a path in a tree of clusters ("3", "31", "312", ...),
 * so that a word the annotated data never saw still borrows the evidence of its neighbours in the
 * tree ("orfanilor" near "pensionarilor", "Brașov" near "Cluj").
 */
final class WordClusters {

    static final String BUNDLED = "/models/word-clusters-ro.tsv.gz";
    static final String UNKNOWN = "-";

    private static final class Bundled {
        static final WordClusters INSTANCE = read();

        private static WordClusters read() {
            try (InputStream in = WordClusters.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("word clusters " + BUNDLED + " are missing from the classpath");
                }
                return new WordClusters(Lemmatizer.readWordTable(new GZIPInputStream(in)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the word clusters", e);
            }
        }
    }

    private final Map<String, String> pathOfWord;

    private WordClusters(Map<String, String> pathOfWord) {
        this.pathOfWord = pathOfWord;
    }

    static WordClusters bundled() {
        return Bundled.INSTANCE;
    }

    /** The cluster path of a lower-cased word, or {@link #UNKNOWN}. */
    String path(String lowerCaseWord) {
        return pathOfWord.getOrDefault(lowerCaseWord, UNKNOWN);
    }

}
