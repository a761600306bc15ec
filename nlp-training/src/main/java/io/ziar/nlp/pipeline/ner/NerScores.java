package io.ziar.nlp.pipeline.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/** Strict micro precision, recall and F1: a mention counts only with the same start, end and label. */
public final class NerScores {

    public static final Set<String> MAIN_LABELS = Set.of("PERSON", "ORG", "GPE", "LOC");

    private final TreeMap<String, int[]> byLabel = new TreeMap<>();

    public void add(List<Mention> gold, List<Mention> predicted) {
        Set<Mention> goldSet = new HashSet<>(gold);
        Set<Mention> predictedSet = new HashSet<>(predicted);
        for (Mention mention : predictedSet) {
            counts(mention.label())[goldSet.contains(mention) ? 0 : 1]++;
        }
        for (Mention mention : goldSet) {
            if (!predictedSet.contains(mention)) {
                counts(mention.label())[2]++;
            }
        }
    }

    /** Adds the counts of other scores, e.g. of another cross-validation fold. */
    public void addAll(NerScores other) {
        other.byLabel.forEach((label, c) -> {
            int[] counts = counts(label);
            for (int i = 0; i < 3; i++) {
                counts[i] += c[i];
            }
        });
    }

    public double f1() {
        return f1(byLabel.keySet());
    }

    public double f1(Set<String> labels) {
        int[] sum = sum(labels);
        return f1(sum);
    }

    public String report() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-14s %6s %6s %6s %6s%n", "label", "P", "R", "F1", "gold"));
        byLabel.forEach((label, counts) -> out.append(line(label, counts)));
        out.append(line("MAIN-4", sum(MAIN_LABELS)));
        out.append(line("ALL", sum(byLabel.keySet())));
        return out.toString();
    }

    private String line(String name, int[] c) {
        return String.format(Locale.ROOT, "%-14s %6.3f %6.3f %6.3f %6d%n", name, ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]), f1(c), c[0] + c[2]);
    }

    private int[] sum(Set<String> labels) {
        int[] sum = new int[3];
        for (String label : labels) {
            int[] c = byLabel.getOrDefault(label, new int[3]);
            for (int i = 0; i < 3; i++) {
                sum[i] += c[i];
            }
        }
        return sum;
    }

    private int[] counts(String label) {
        return byLabel.computeIfAbsent(label, l -> new int[3]);
    }

    private static double f1(int[] c) {
        double p = ratio(c[0], c[0] + c[1]);
        double r = ratio(c[0], c[0] + c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
