package io.ziar.nlp.pipeline.ner;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Words that are mostly inside mentions in the training data, with the labels they were seen
 * under ("lavrov" -> "PERSON", "mali" -> "GPE", "bach" -> "PERSON|WORK_OF_ART"). Gives the tagger
 * evidence about a word from every sentence it appeared in, not just the current one. Lemmas have
 * entries of their own, so that an inflected form never seen in training still finds its word's
 * labels ("orfanilor" through "orfan").
 *
 * <p>Two more kinds of entry: the label rate of every word and lemma seen at least twice (the label
 * it had most often and in what share of its occurrences, in fifths, such as "PERSON:2", or "O"),
 * which tells the tagger about the many words v2 marks only some of the times, such as the common
 * nouns and pronouns that denote people; and the multi-word mentions, whole, with their most
 * frequent label ("consiliul local" -> "ORG"), which mark where a known name begins and ends.
 */
final class Gazetteer {

    static final int MAX_PHRASE_WORDS = 8;
    private static final double MIN_ENTITY_RATE = 0.5;
    private static final int MAX_LABELS = 2;
    private static final int MIN_RATE_OCCURRENCES = 2;

    /** Keys of the other kinds of entry start with these characters, so that all share one map. */
    private static final char LEMMA_KEY = '\u0001';
    private static final char PHRASE_KEY = '\u0002';
    private static final char LEMMA_RATE_KEY = '\u0003';
    private static final char WORD_RATE_KEY = '\u0004';

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
        Map<String, String> labelsOfWord = new HashMap<>(phrases(examples, tags));
        occurrences.forEach((key, total) -> {
            if (total >= MIN_RATE_OCCURRENCES) {
                labelsOfWord.put(rateKey(key), labelRate(seen.get(key), total));
            }
        });
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

    /** "O" for a word never in a mention, else its most frequent label and that label's share in fifths. */
    private static String labelRate(Map<String, Integer> labels, int total) {
        if (labels == null) {
            return "O";
        }
        Map.Entry<String, Integer> top = mostFrequent(labels);
        return top.getKey() + ":" + Math.min(4, 5 * top.getValue() / total);
    }

    private static String rateKey(String key) {
        return key.charAt(0) == LEMMA_KEY ? LEMMA_RATE_KEY + key.substring(1) : WORD_RATE_KEY + key;
    }

    /** Multi-word mentions of the examples, lower-cased, with the label they had most often. */
    private static Map<String, String> phrases(List<TrainingExample> examples, TagSet tags) {
        Map<String, Map<String, Integer>> seen = new HashMap<>();
        for (TrainingExample example : examples) {
            // token positions as offsets: each mention spans its first to its last token
            int[] positions = IntStream.range(0, example.gold().length).toArray();
            for (Mention mention : tags.mentions(example.gold(), positions, positions)) {
                int words = mention.end() - mention.start() + 1;
                if (words >= 2 && words <= MAX_PHRASE_WORDS) {
                    seen.computeIfAbsent(phraseKey(example.words().subList(mention.start(), mention.end() + 1)), k -> new HashMap<>())
                            .merge(mention.label(), 1, Integer::sum);
                }
            }
        }
        Map<String, String> labels = new HashMap<>();
        seen.forEach((phrase, counts) -> labels.put(phrase, mostFrequent(counts).getKey()));
        return labels;
    }

    /** The label counted most often, the first by name among equals. */
    static Map.Entry<String, Integer> mostFrequent(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow();
    }

    private static String phraseKey(List<String> words) {
        StringBuilder key = new StringBuilder().append(PHRASE_KEY);
        for (String word : words) {
            key.append(word.toLowerCase(Locale.ROOT)).append(' ');
        }
        return key.toString();
    }

    /** The labels of a lemma, or "-" when it is not in the gazetteer. */
    String lemmaLabels(String lemma) {
        return labelsOfWord.getOrDefault(LEMMA_KEY + lemma, "-");
    }

    /** The labels of a lower-cased word, or "-" when it is not in the gazetteer. */
    String labels(String lowerCaseWord) {
        return labelsOfWord.getOrDefault(lowerCaseWord, "-");
    }

    /** The label rate of a lower-cased word ("PERSON:2", "O"), or "-" when it was seen less than twice. */
    String wordRate(String lowerCaseWord) {
        return labelsOfWord.getOrDefault(WORD_RATE_KEY + lowerCaseWord, "-");
    }

    /** The label rate of a lemma, or "-" when it was seen less than twice. */
    String lemmaRate(String lemma) {
        return labelsOfWord.getOrDefault(LEMMA_RATE_KEY + lemma, "-");
    }

    /** The label of a known multi-word mention of these words, or null. */
    String phraseLabel(List<String> words) {
        return labelsOfWord.get(phraseKey(words));
    }

    Map<String, String> entries() {
        return labelsOfWord;
    }
}
