package io.ziar.nlp.pipeline.ner;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Builds a {@link Gazetteer} from training examples (what each kind of entry means is told there). */
final class GazetteerBuilder {

    private static final double MIN_ENTITY_RATE = 0.5;
    private static final int MAX_LABELS = 2;
    private static final int MIN_RATE_OCCURRENCES = 2;

    private GazetteerBuilder() {
    }

    static Gazetteer of(List<TrainingExample> examples, TagSet tags, FeatureResources resources) {
        Map<String, Map<String, Integer>> seen = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (TrainingExample example : examples) {
            for (int i = 0; i < example.words().size(); i++) {
                String word = example.words().get(i).toLowerCase(Locale.ROOT);
                int tag = example.gold()[i];
                count(word, tag, tags, seen, occurrences);
                if (Character.isLetter(word.charAt(0))) {
                    count(Gazetteer.LEMMA_KEY + resources.lemma(word), tag, tags, seen, occurrences);
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
        Map.Entry<String, Integer> top = Gazetteer.mostFrequent(labels);
        return top.getKey() + ":" + Math.min(4, 5 * top.getValue() / total);
    }

    private static String rateKey(String key) {
        return key.charAt(0) == Gazetteer.LEMMA_KEY ? Gazetteer.LEMMA_RATE_KEY + key.substring(1) : Gazetteer.WORD_RATE_KEY + key;
    }

    /** Multi-word mentions of the examples, lower-cased, with the label they had most often. */
    private static Map<String, String> phrases(List<TrainingExample> examples, TagSet tags) {
        Map<String, Map<String, Integer>> seen = new HashMap<>();
        for (TrainingExample example : examples) {
            // token positions as offsets: each mention spans its first to its last token
            int[] positions = IntStream.range(0, example.gold().length).toArray();
            for (Mention mention : tags.mentions(example.gold(), positions, positions)) {
                int words = mention.end() - mention.start() + 1;
                if (words >= 2 && words <= Gazetteer.MAX_PHRASE_WORDS) {
                    seen.computeIfAbsent(Gazetteer.phraseKey(example.words().subList(mention.start(), mention.end() + 1)), k -> new HashMap<>())
                            .merge(mention.label(), 1, Integer::sum);
                }
            }
        }
        Map<String, String> labels = new HashMap<>();
        seen.forEach((phrase, counts) -> labels.put(phrase, Gazetteer.mostFrequent(counts).getKey()));
        return labels;
    }
}
