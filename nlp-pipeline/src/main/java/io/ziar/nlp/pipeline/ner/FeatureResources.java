package io.ziar.nlp.pipeline.ner;

import io.ziar.nlp.pipeline.tokens.Lemmatizer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an entity model's features read besides the words, saved inside the model file so that a
 * model can never meet the wrong ones: its language, the lemma lexicon its lemma features were
 * trained with (empty where the language has none: the lemma is then the pipeline's rule lemma or
 * the lower-cased word), its word classes ({@link WordClusters}), the inflection endings its
 * stem feature strips ("Franței" and "Franța" share "Franț"; "Путина" and "Путину" share "Путин"),
 * the names of open lists ({@link NameLists}) and the word classes of its dictionary ({@link WordClasses}).
 */
final class FeatureResources {

    final String language;
    final Map<String, String> lexicon;
    final WordClusters clusters;
    final List<String> endings;
    final NameLists names;
    final WordClasses wordClasses;
    private final Lemmatizer lemmatizer;

    FeatureResources(String language, Map<String, String> lexicon, Map<String, String> clusters, List<String> endings,
                     Map<String, String> names, WordClasses wordClasses) {
        this.language = language;
        this.lexicon = lexicon;
        this.clusters = new WordClusters(clusters);
        // longest first, so that "-urilor" is cut before "-lor"
        this.endings = endings.stream().sorted((a, b) -> b.length() - a.length()).toList();
        this.lemmatizer = new Lemmatizer(lexicon);
        this.names = new NameLists(names, this::stem);
        this.wordClasses = wordClasses;
    }

    /** The lemma of a lower-cased word as the model's features see it. */
    String lemma(String lower) {
        return Character.isLetter(lower.charAt(0)) ? lemmatizer.lemma(lower, language) : lower;
    }

    /** The word without its longest known inflection ending, keeping at least three letters. */
    String stem(String lower) {
        for (String ending : endings) {
            if (lower.length() - ending.length() >= 3 && lower.endsWith(ending)) {
                return lower.substring(0, lower.length() - ending.length());
            }
        }
        return lower;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeUTF(language);
        out.writeInt(endings.size());
        for (String ending : endings) {
            out.writeUTF(ending);
        }
        writeTable(out, lexicon);
        writeTable(out, clusters.paths());
        writeTable(out, names.entries());
        wordClasses.write(out);
    }

    static FeatureResources read(DataInputStream in) throws IOException {
        String language = in.readUTF();
        int endingCount = in.readInt();
        String[] endings = new String[endingCount];
        for (int i = 0; i < endingCount; i++) {
            endings[i] = in.readUTF();
        }
        Map<String, String> lexicon = readTable(in);
        Map<String, String> clusters = readTable(in);
        Map<String, String> names = readTable(in);
        return new FeatureResources(language, lexicon, clusters, List.of(endings), names, WordClasses.read(in));
    }

    private static void writeTable(DataOutputStream out, Map<String, String> table) throws IOException {
        out.writeInt(table.size());
        for (Map.Entry<String, String> entry : table.entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeUTF(entry.getValue());
        }
    }

    /** Values repeat (a cluster path, "city|surname"): each distinct one is kept once. */
    private static Map<String, String> readTable(DataInputStream in) throws IOException {
        int size = in.readInt();
        Map<String, String> table = new HashMap<>(size * 2);
        Map<String, String> distinctValues = new HashMap<>();
        for (int i = 0; i < size; i++) {
            String key = in.readUTF();
            String value = in.readUTF();
            table.put(key, distinctValues.computeIfAbsent(value, v -> v));
        }
        return table;
    }
}
