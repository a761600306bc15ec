package io.ziar.nlp.pipeline.tokens;

import java.util.HashMap;
import java.util.Map;

/**
 * Lemmas of unknown words by analogy: for each word ending (up to five letters) the rewrite
 * (letters to cut, letters to add) that the lexicon's words with that ending most often take.
 */
final class SuffixRules {

    private static final int MAX_ENDING = 5;
    private static final int MIN_SUPPORT = 3;

    private final Map<String, String> rewriteOfEnding;

    private SuffixRules(Map<String, String> rewriteOfEnding) {
        this.rewriteOfEnding = rewriteOfEnding;
    }

    static SuffixRules learn(Map<String, String> lexicon) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        lexicon.forEach((form, lemma) -> {
            int common = 0;
            while (common < form.length() && common < lemma.length() && form.charAt(common) == lemma.charAt(common)) {
                common++;
            }
            String rewrite = (form.length() - common) + ":" + lemma.substring(common);
            for (int k = 1; k <= MAX_ENDING && k < form.length(); k++) {
                votes.computeIfAbsent(form.substring(form.length() - k), e -> new HashMap<>()).merge(rewrite, 1, Integer::sum);
            }
        });
        Map<String, String> rules = new HashMap<>();
        votes.forEach((ending, counts) -> counts.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_SUPPORT)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .ifPresent(best -> rules.put(ending, best.getKey())));
        return new SuffixRules(rules);
    }

    String apply(String word) {
        for (int k = Math.min(MAX_ENDING, word.length() - 1); k >= 1; k--) {
            String rewrite = rewriteOfEnding.get(word.substring(word.length() - k));
            if (rewrite != null) {
                int colon = rewrite.indexOf(':');
                int cut = Integer.parseInt(rewrite.substring(0, colon));
                if (cut < word.length()) {
                    return word.substring(0, word.length() - cut) + rewrite.substring(colon + 1);
                }
            }
        }
        return word;
    }
}
