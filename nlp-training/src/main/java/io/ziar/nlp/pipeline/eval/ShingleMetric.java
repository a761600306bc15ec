package io.ziar.nlp.pipeline.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article-extraction benchmark's metric: texts as bags of 4-token shingles (tokens as Python's
 * Unicode {@code \w+} finds them), per page true/false positives and false negatives normalised to
 * sum 1, precision and recall averaged over pages, F1 from the two means.
 */
public final class ShingleMetric {

    private static final int SHINGLE = 4;

    /** One page's normalised counts. */
    public record PageScore(double tp, double fp, double fn) {

        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp + fp == 0 ? 0 : tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp + fn == 0 ? 0 : tp / (tp + fn);
        }
    }

    /** Means over pages and the F1 of those means. */
    public record Result(double precision, double recall, int pages) {

        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    public PageScore score(String truth, String predicted) {
        Map<List<String>, Integer> expected = shingles(truth);
        Map<List<String>, Integer> actual = shingles(predicted);
        Set<List<String>> all = new HashSet<>(expected.keySet());
        all.addAll(actual.keySet());
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (List<String> shingle : all) {
            int t = expected.getOrDefault(shingle, 0);
            int p = actual.getOrDefault(shingle, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new PageScore(0, 0, 0) : new PageScore(tp / sum, fp / sum, fn / sum);
    }

    public Result average(List<PageScore> pages) {
        double precision = 0;
        int precisionPages = 0;
        double recall = 0;
        int recallPages = 0;
        for (PageScore page : pages) {
            boolean perfect = page.fp() == 0 && page.fn() == 0;
            if (perfect || page.tp() + page.fp() > 0) {
                precision += page.precision();
                precisionPages++;
            }
            if (perfect || page.tp() + page.fn() > 0) {
                recall += page.recall();
                recallPages++;
            }
        }
        return new Result(precisionPages == 0 ? 0 : precision / precisionPages,
                recallPages == 0 ? 0 : recall / recallPages, pages.size());
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text == null ? "" : text);
        Map<List<String>, Integer> counts = new HashMap<>();
        if (tokens.size() < SHINGLE) {
            counts.put(tokens, 1);
            return counts;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            counts.merge(tokens.subList(i, i + SHINGLE), 1, Integer::sum);
        }
        return counts;
    }

    /** Runs of word characters as Python's {@code re} defines them: letters, numbers of any kind, underscore. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean word = isWordCharacter(codePoint);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    private static boolean isWordCharacter(int codePoint) {
        if (codePoint == '_') {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
