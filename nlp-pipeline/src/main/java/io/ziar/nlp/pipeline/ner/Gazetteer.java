package io.ziar.nlp.pipeline.ner;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Words that are mostly inside mentions in the training data, with the labels they were seen
 * under ("lavrov" -> "PERSON", "mali" -> "GPE", "bach" -> "PERSON|WORK_OF_ART"). Gives the tagger
 * evidence about a word from every sentence it appeared in, not just the current one. Lemmas have
 * entries of their own, so that an inflected form never seen in training still finds its word's
 * labels ("orfanilor" through "orfan").
 */
final class Gazetteer {

    private static final double MIN_ENTITY_RATE = 0.5;
    private static final int MAX_LABELS = 2;

    /** Keys of lemma entries start with this character, so that both kinds share one map. */
    private static final char LEMMA_KEY = '\u0001';

    private final Map<String, String> labelsOfWord;

    Gazetteer(Map<String, String> labelsOfWord) {
        this.labelsOfWord = labelsOfWord;
    }

    static Gazetteer of(List<TrainingExample> examples, TagSet tags) {
        Map<String, Map<String, Integer>> seen = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (TrainingExample example : examples) {
            for (int i = 0; i < example.words().size(); i++) {
                String word = example.words().get(i).toLowerCase(Locale.ROOT);
                int tag = example.gold()[i];
                count(word, tag, tags, seen, occurrences);
                if (Character.isLetter(word.charAt(0))) {
                    count(LEMMA_KEY + NerFeatures.lemma(word), tag, tags, seen, occurrences);
                }
            }
        }
        Map<String, String> labelsOfWord = new HashMap<>();
        seen.forEach((word, labels) -> {
            int inMentions = labels.values().stream().mapToInt(Integer::intValue).sum();
            if (inMentions >= MIN_ENTITY_RATE * occurrences.get(word)) {
                labelsOfWord.put(word, labels.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .limit(MAX_LABELS)
                        .map(Map.Entry::getKey)
                        .sorted(Comparator.naturalOrder())
                        .collect(Collectors.joining("|")));
            }
        });
        return new Gazetteer(labelsOfWord);
    }

    private static void count(String key, int tag, TagSet tags, Map<String, Map<String, Integer>> seen, Map<String, Integer> occurrences) {
        occurrences.merge(key, 1, Integer::sum);
        if (tag != TagSet.OUTSIDE) {
            seen.computeIfAbsent(key, w -> new HashMap<>()).merge(tags.label(tag), 1, Integer::sum);
        }
    }

    /** The labels of a lemma, or "-" when it is not in the gazetteer. */
    String lemmaLabels(String lemma) {
        return labelsOfWord.getOrDefault(LEMMA_KEY + lemma, "-");
    }

    /** The labels of a lower-cased word, or "-" when it is not in the gazetteer. */
    String labels(String lowerCaseWord) {
        return labelsOfWord.getOrDefault(lowerCaseWord, "-");
    }

    Map<String, String> entries() {
        return labelsOfWord;
    }
}
