package io.ziar.nlp.pipeline.extract;

import io.ziar.contracts.PageKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A linear model over {@link PageSignals}: one weight per signal and page kind, softmax over the kinds.
 * A page is an article unless the model gives the article kind less than {@code articleFloor}: search
 * leaves out what is not an article, so a story must not be lost to a doubtful guess. The file
 * ({@code /models/page-kinds.tsv}) is written by nlp-training's {@code PageKindTrainer}: a line
 * {@code floor <p>}, then one line per signal, its weights in {@link PageKind} order.
 */
public final class PageKindModel {

    static final String RESOURCE = "/models/page-kinds.tsv";
    private static final PageKind[] KINDS = PageKind.values();

    private final Map<String, double[]> weights;
    private final double articleFloor;

    public PageKindModel(Map<String, double[]> weights, double articleFloor) {
        this.weights = Map.copyOf(weights);
        this.articleFloor = articleFloor;
    }

    /** A model that takes every page for an article (nothing to weigh), as before a model is trained. */
    public static PageKindModel articlesOnly() {
        return new PageKindModel(Map.of(), 0);
    }

    public static PageKindModel bundled() {
        try (InputStream in = PageKindModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no page-kind model at " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PageKindModel read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, double[]> weights = new HashMap<>();
        double floor = 0.5;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields[0].equals("floor")) {
                floor = Double.parseDouble(fields[1]);
                continue;
            }
            if (fields.length != KINDS.length + 1) {
                throw new IOException("a page-kind weight line needs " + KINDS.length + " weights: " + line);
            }
            double[] row = new double[KINDS.length];
            for (int kind = 0; kind < KINDS.length; kind++) {
                row[kind] = Double.parseDouble(fields[kind + 1]);
            }
            weights.put(fields[0], row);
        }
        return new PageKindModel(weights, floor);
    }

    /** Writes the model in the format {@link #read} reads, signals in name order; {@code header} lines become comments. */
    public void write(Writer out, List<String> header) throws IOException {
        for (String line : header) {
            out.write("# " + line + "\n");
        }
        out.write("# signal\t" + String.join("\t", java.util.Arrays.stream(KINDS).map(Enum::name).toList()) + "\n");
        out.write(String.format(Locale.ROOT, "floor\t%.4f%n", articleFloor));
        for (Map.Entry<String, double[]> row : new TreeMap<>(weights).entrySet()) {
            StringBuilder line = new StringBuilder(row.getKey());
            for (double weight : row.getValue()) {
                line.append('\t').append(String.format(Locale.ROOT, "%.5f", weight));
            }
            out.write(line.append('\n').toString());
        }
    }

    /** The probability of each kind, in {@link PageKind} order. */
    public double[] probabilities(Map<String, Double> signals) {
        double[] scores = new double[KINDS.length];
        signals.forEach((name, value) -> {
            double[] row = weights.get(name);
            if (row != null) {
                for (int kind = 0; kind < scores.length; kind++) {
                    scores[kind] += row[kind] * value;
                }
            }
        });
        softmax(scores);
        return scores;
    }

    /** Turns scores into probabilities in place (the trainer shares it, so training and use agree). */
    public static void softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double score : scores) {
            max = Math.max(max, score);
        }
        double sum = 0;
        for (int kind = 0; kind < scores.length; kind++) {
            scores[kind] = Math.exp(scores[kind] - max);
            sum += scores[kind];
        }
        for (int kind = 0; kind < scores.length; kind++) {
            scores[kind] /= sum;
        }
    }

    public PageKind classify(Map<String, Double> signals) {
        return decide(probabilities(signals), articleFloor);
    }

    /** An article when its probability reaches the floor, otherwise the likeliest kind. */
    public static PageKind decide(double[] probabilities, double articleFloor) {
        if (probabilities[PageKind.ARTICLE.ordinal()] >= articleFloor) {
            return PageKind.ARTICLE;
        }
        int best = 0;
        for (int kind = 1; kind < probabilities.length; kind++) {
            if (probabilities[kind] > probabilities[best]) {
                best = kind;
            }
        }
        return KINDS[best];
    }
}
