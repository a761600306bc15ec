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
 * evidence about a word from every sentence it appeared in, not just the current one.
 */
final class Gazetteer {

    private static final double MIN_ENTITY_RATE = 0.5;
    private static final int MAX_LABELS = 2;

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
                occurrences.merge(word, 1, Integer::sum);
                int tag = example.gold()[i];
                if (tag != TagSet.OUTSIDE) {
                    seen.computeIfAbsent(word, w -> new HashMap<>()).merge(tags.label(tag), 1, Integer::sum);
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

    /** The labels of a lower-cased word, or "-" when it is not in the gazetteer. */
    String labels(String lowerCaseWord) {
        return labelsOfWord.getOrDefault(lowerCaseWord, "-");
    }

    Map<String, String> entries() {
        return labelsOfWord;
    }
}
