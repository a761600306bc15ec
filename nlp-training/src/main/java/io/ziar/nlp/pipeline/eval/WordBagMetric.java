package io.ziar.nlp.pipeline.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WCXB's metric: a page's extracted text and its gold main content as bags of lower-cased {@code \w+}
 * words; precision, recall and F1 of the bags (a word counts as often as it is in both), per page.
 * An empty gold with an empty extraction is a perfect page, either empty alone scores 0.
 */
public final class WordBagMetric {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    public record PageScore(double precision, double recall, double f1) {
    }

    public PageScore score(String gold, String extracted) {
        Map<String, Integer> truth = bag(gold);
        Map<String, Integer> found = bag(extracted);
        int goldWords = truth.values().stream().mapToInt(Integer::intValue).sum();
        int foundWords = found.values().stream().mapToInt(Integer::intValue).sum();
        if (goldWords == 0 || foundWords == 0) {
            double same = goldWords == foundWords ? 1 : 0;
            return new PageScore(same, same, same);
        }
        int common = 0;
        for (Map.Entry<String, Integer> word : found.entrySet()) {
            common += Math.min(word.getValue(), truth.getOrDefault(word.getKey(), 0));
        }
        double precision = (double) common / foundWords;
        double recall = (double) common / goldWords;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new PageScore(precision, recall, f1);
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            bag.merge(words.group(), 1, Integer::sum);
        }
        return bag;
    }
}
