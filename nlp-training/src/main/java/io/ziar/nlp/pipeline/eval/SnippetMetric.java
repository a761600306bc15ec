package io.ziar.nlp.pipeline.eval;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Trafilatura's metric: every snippet a correct extraction must contain is a true positive when the
 * extracted text contains it and a false negative when not; every snippet it must not contain is a
 * false positive when found and a true negative when not (whitespace collapsed on both sides).
 * Counts add up over pages; precision, recall, accuracy and F-score come from the totals.
 */
public final class SnippetMetric {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private int truePositives;
    private int falseNegatives;
    private int falsePositives;
    private int trueNegatives;

    public void add(String extracted, List<String> with, List<String> without) {
        String text = collapse(extracted);
        for (String snippet : with) {
            if (text.contains(collapse(snippet))) {
                truePositives++;
            } else {
                falseNegatives++;
            }
        }
        for (String snippet : without) {
            if (text.contains(collapse(snippet))) {
                falsePositives++;
            } else {
                trueNegatives++;
            }
        }
    }

    private static String collapse(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double accuracy() {
        return ratio(truePositives + trueNegatives, truePositives + trueNegatives + falsePositives + falseNegatives);
    }

    public double f() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int segments() {
        return truePositives + trueNegatives + falsePositives + falseNegatives;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
