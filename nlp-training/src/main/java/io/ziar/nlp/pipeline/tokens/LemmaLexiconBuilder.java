package io.ziar.nlp.pipeline.tokens;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the Romanian lemma lexicon from the UD Romanian RRT treebank (CC BY-SA 4.0) and measures
 * the lemmatizer: lexicon from the dev part, accuracy on the test part's words (known and unknown
 * to the lexicon); then writes the lexicon of both parts.
 *
 * <p>Usage: {@code ./ziar tool io.ziar.nlp.pipeline.tokens.LemmaLexiconBuilder UD_RO_DIR LEXICON_FILE}
 */
public final class LemmaLexiconBuilder {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LemmaLexiconBuilder UD_RO_DIR LEXICON_FILE");
            System.exit(2);
        }
        Path dev = Path.of(args[0], "ro_rrt-ud-dev.conllu");
        Path test = Path.of(args[0], "ro_rrt-ud-test.conllu");
        Lemmatizer fromDev = new Lemmatizer(lexicon(List.of(dev)));
        int[] known = new int[2];
        int[] unknown = new int[2];
        Map<String, String> devLexicon = lexicon(List.of(dev));
        for (String[] word : words(test)) {
            String lower = word[0].toLowerCase(Locale.ROOT);
            int[] bucket = devLexicon.containsKey(lower) || devLexicon.containsValue(lower) ? known : unknown;
            bucket[0] += fromDev.lemma(word[0], "ro").equals(word[1].toLowerCase(Locale.ROOT)) ? 1 : 0;
            bucket[1]++;
        }
        System.out.printf(Locale.ROOT, "lemma accuracy on UD RRT test, lexicon from dev: all %.3f (known %.3f of %d, unknown %.3f of %d)%n",
                (double) (known[0] + unknown[0]) / (known[1] + unknown[1]), (double) known[0] / known[1], known[1],
                (double) unknown[0] / unknown[1], unknown[1]);
        Map<String, String> both = new TreeMap<>(lexicon(List.of(dev, test)));
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(Path.of(args[1]))), StandardCharsets.UTF_8))) {
            for (Map.Entry<String, String> entry : both.entrySet()) {
                out.write(entry.getKey() + "\t" + entry.getValue() + "\n");
            }
        }
    }

    /** Lower-cased form -> its most frequent lower-cased lemma. */
    private static Map<String, String> lexicon(List<Path> files) throws IOException {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (Path file : files) {
            for (String[] word : words(file)) {
                votes.computeIfAbsent(word[0].toLowerCase(Locale.ROOT), f -> new HashMap<>())
                        .merge(word[1].toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        Map<String, String> lexicon = new HashMap<>();
        votes.forEach((form, lemmas) -> lexicon.put(form, lemmas.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey, (a, b) -> b.compareTo(a)))
                .orElseThrow().getKey()));
        return lexicon;
    }

    /** (form, lemma) of every word line of a CoNLL-U file, punctuation and multi-word ranges left out. */
    private static List<String[]> words(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .filter(cols -> cols.length > 3 && cols[0].matches("\\d+") && !cols[3].equals("PUNCT"))
                .map(cols -> new String[]{cols[1], cols[2]})
                .toList();
    }
}
