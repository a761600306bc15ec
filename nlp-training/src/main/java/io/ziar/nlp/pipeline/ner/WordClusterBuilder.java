package io.ziar.nlp.pipeline.ner;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ziar.nlp.pipeline.lang.data.PackData;
import io.ziar.nlp.pipeline.tokens.Tokenizer;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds {@link WordClusters} from a language's unlabelled sentences (tokenized by its pack): every word seen at least twice is
 * described by its neighbours two to the left and two to the right (frequent words by themselves,
 * rare ones by their shape), weighted by positive pointwise mutual information, and the words are
 * split by spherical k-means into four, each part again into four, down to six levels. A word's
 * path is the digits of the parts it fell in, so that prefixes of the path are coarser classes.
 *
 * <p>Usage: {@code ./ziar tool io.ziar.nlp.pipeline.ner.WordClusterBuilder OUT.tsv.gz [--language LANG] [--shared DATA_DIR] [--without FILE.jsonl] INPUT...}
 * where an input is RONEC {@code .jsonl} (its texts), CoNLL-U {@code .conllu} (its {@code # text} lines)
 * or plain text, a sentence a line; {@code --without}: leave out sentences whose text is in that file
 * (to measure the clusters' worth on sentences they never saw); {@code --shared}: add the language's
 * unlabelled text of the shared data ({@link UnlabelledText}).
 */
public final class WordClusterBuilder {

    private static final int MIN_COUNT = 2;
    private static final int CONTEXT_WORDS = 1500;
    private static final int[] OFFSETS = {-2, -1, 1, 2};
    private static final int BRANCHES = 4;
    private static final int DEPTH = 6;
    private static final int ITERATIONS = 12;
    private static final String BOUNDARY = "<s>";

    private record SparseVector(int[] dims, float[] values) {
    }

    public static void main(String[] args) throws IOException {
        List<String> inputs = new ArrayList<>();
        Set<String> excluded = new HashSet<>();
        String language = "ro";
        Path shared = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--language")) {
                language = args[++i];
            } else if (args[i].equals("--shared")) {
                shared = Path.of(args[++i]);
            } else if (args[i].equals("--without")) {
                sentences(Path.of(args[++i])).forEach(s -> excluded.add(RonecCorpus.textKey(s)));
            } else {
                inputs.add(args[i]);
            }
        }
        Tokenizer tokenizer = new Tokenizer(PackData.bundled(language));
        List<String[]> corpus = new ArrayList<>();
        int left = 0;
        for (String input : inputs) {
            for (String sentence : sentences(Path.of(input))) {
                if (excluded.contains(RonecCorpus.textKey(sentence))) {
                    left++;
                    continue;
                }
                corpus.add(tokenizer.tokenize(sentence).stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toArray(String[]::new));
            }
        }
        if (shared != null) {
            for (String line : UnlabelledText.of(language, shared)) {
                corpus.add(tokenizer.tokenize(line).stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toArray(String[]::new));
            }
        }
        Map<String, String> paths = cluster(corpus);
        System.err.printf("%d sentences (%d left out), %d words clustered%n", corpus.size(), left, paths.size());
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(Path.of(args[0]))), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> entry : new TreeMap<>(paths).entrySet()) {
                out.write(entry.getKey() + "\t" + entry.getValue() + "\n");
            }
        }
    }

    static List<String> sentences(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (name.endsWith(".jsonl")) {
            ObjectMapper json = new ObjectMapper();
            List<String> texts = new ArrayList<>();
            for (String line : lines) {
                if (!line.isBlank()) {
                    texts.add(json.readTree(line).get("text").asText());
                }
            }
            return texts;
        }
        if (name.endsWith(".conllu")) {
            return lines.stream().filter(l -> l.startsWith("# text = ")).map(l -> l.substring("# text = ".length())).toList();
        }
        return lines.stream().filter(l -> !l.isBlank()).toList();
    }

    static Map<String, String> cluster(List<String[]> corpus) {
        Map<String, Integer> counts = new HashMap<>();
        for (String[] sentence : corpus) {
            for (String word : sentence) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        List<String> words = counts.entrySet().stream().filter(e -> e.getValue() >= MIN_COUNT)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        Map<String, Integer> contextIds = new HashMap<>();
        contextIds.put(BOUNDARY, 0);
        for (String word : words.subList(0, Math.min(CONTEXT_WORDS, words.size()))) {
            contextIds.putIfAbsent(word, contextIds.size());
        }
        Map<String, Integer> wordIds = new HashMap<>();
        for (String word : words) {
            wordIds.put(word, wordIds.size());
        }
        List<Map<Integer, Integer>> cooccurrences = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            cooccurrences.add(new HashMap<>());
        }
        for (String[] sentence : corpus) {
            for (int i = 0; i < sentence.length; i++) {
                Integer w = wordIds.get(sentence[i]);
                if (w == null) {
                    continue;
                }
                for (int o = 0; o < OFFSETS.length; o++) {
                    int j = i + OFFSETS[o];
                    String context = j < 0 || j >= sentence.length ? BOUNDARY : sentence[j];
                    int c = contextIds.computeIfAbsent(contextIds.containsKey(context) ? context : "§" + NerFeatures.shape(context),
                            k -> contextIds.size());
                    cooccurrences.get(w).merge(c * OFFSETS.length + o, 1, Integer::sum);
                }
            }
        }
        List<SparseVector> vectors = ppmiVectors(cooccurrences);
        String[] paths = new String[words.size()];
        Arrays.fill(paths, "");
        int[] all = new int[words.size()];
        Arrays.setAll(all, i -> i);
        split(all, vectors, contextIds.size() * OFFSETS.length, paths, 0, new Random(17));
        Map<String, String> pathOfWord = new HashMap<>();
        for (int w = 0; w < words.size(); w++) {
            pathOfWord.put(words.get(w), paths[w]);
        }
        return pathOfWord;
    }

    /** Positive PMI of each word with each context, rows normalised to length 1 (cosine = dot product). */
    private static List<SparseVector> ppmiVectors(List<Map<Integer, Integer>> cooccurrences) {
        Map<Integer, Long> contextTotals = new HashMap<>();
        long total = 0;
        for (Map<Integer, Integer> row : cooccurrences) {
            for (Map.Entry<Integer, Integer> cell : row.entrySet()) {
                contextTotals.merge(cell.getKey(), (long) cell.getValue(), Long::sum);
                total += cell.getValue();
            }
        }
        List<SparseVector> vectors = new ArrayList<>();
        for (Map<Integer, Integer> row : cooccurrences) {
            long rowTotal = row.values().stream().mapToLong(Integer::longValue).sum();
            int[] dims = row.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            float[] values = new float[dims.length];
            double norm = 0;
            for (int k = 0; k < dims.length; k++) {
                double pmi = Math.log((double) row.get(dims[k]) * total / ((double) rowTotal * contextTotals.get(dims[k])));
                values[k] = (float) Math.max(0, pmi);
                norm += values[k] * values[k];
            }
            float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            for (int k = 0; k < values.length; k++) {
                values[k] *= scale;
            }
            vectors.add(new SparseVector(dims, values));
        }
        return vectors;
    }

    /** Splits the members into {@link #BRANCHES} parts by spherical k-means, appends each part's digit, and recurses. */
    private static void split(int[] members, List<SparseVector> vectors, int dimensions, String[] paths, int depth, Random random) {
        if (depth == DEPTH || members.length < 2 * BRANCHES) {
            return;
        }
        float[][] centroids = new float[BRANCHES][];
        for (int b = 0; b < BRANCHES; b++) {
            centroids[b] = dense(vectors.get(members[random.nextInt(members.length)]), dimensions);
        }
        int[] assigned = new int[members.length];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            for (int m = 0; m < members.length; m++) {
                assigned[m] = nearest(vectors.get(members[m]), centroids);
            }
            for (int b = 0; b < BRANCHES; b++) {
                centroids[b] = new float[dimensions];
            }
            for (int m = 0; m < members.length; m++) {
                SparseVector v = vectors.get(members[m]);
                for (int k = 0; k < v.dims().length; k++) {
                    centroids[assigned[m]][v.dims()[k]] += v.values()[k];
                }
            }
            for (float[] centroid : centroids) {
                normalise(centroid);
            }
        }
        for (int b = 0; b < BRANCHES; b++) {
            int part = b;
            int[] inPart = IntStream.range(0, members.length).filter(m -> assigned[m] == part).map(m -> members[m]).toArray();
            for (int w : inPart) {
                paths[w] += (char) ('0' + part);
            }
            split(inPart, vectors, dimensions, paths, depth + 1, random);
        }
    }

    private static int nearest(SparseVector v, float[][] centroids) {
        int best = 0;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int b = 0; b < centroids.length; b++) {
            float score = 0;
            for (int k = 0; k < v.dims().length; k++) {
                score += centroids[b][v.dims()[k]] * v.values()[k];
            }
            if (score > bestScore) {
                bestScore = score;
                best = b;
            }
        }
        return best;
    }

    private static float[] dense(SparseVector v, int dimensions) {
        float[] d = new float[dimensions];
        for (int k = 0; k < v.dims().length; k++) {
            d[v.dims()[k]] = v.values()[k];
        }
        return d;
    }

    private static void normalise(float[] centroid) {
        double norm = 0;
        for (float x : centroid) {
            norm += x * x;
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < centroid.length; i++) {
                centroid[i] *= scale;
            }
        }
    }
}
