package io.ziar.nlp.pipeline.ner;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Built by the training module's {@code GazetteerBuilder}. Words that are mostly inside mentions in the training data, with the labels they were seen
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
final class Gazetteer implements PhraseLookup {

    static final int MAX_PHRASE_WORDS = 8;

    /** Keys of the other kinds of entry start with these characters, so that all share one map. */
    static final char LEMMA_KEY = '\u0001';
    static final char PHRASE_KEY = '\u0002';
    static final char LEMMA_RATE_KEY = '\u0003';
    static final char WORD_RATE_KEY = '\u0004';

    private final Map<String, String> labelsOfWord;
    private final Starts phraseStarts = new Starts();

    Gazetteer(Map<String, String> labelsOfWord) {
        this.labelsOfWord = labelsOfWord;
        for (String key : labelsOfWord.keySet()) {
            if (!key.isEmpty() && key.charAt(0) == PHRASE_KEY && key.indexOf(' ') > 0) {
                String[] words = key.substring(1).split(" ");
                if (words.length >= 2) {
                    phraseStarts.add(words[0], words[1]);
                }
            }
        }
    }

    /** The label counted most often, the first by name among equals. */
    static Map.Entry<String, Integer> mostFrequent(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow();
    }

    static String phraseKey(List<String> words) {
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
    @Override
    public String phraseLabel(List<String> words) {
        return labelsOfWord.get(phraseKey(words));
    }

    /** Whether some known multi-word mention starts with these two lower-cased words. */
    @Override
    public boolean startsPhrase(String first, String second) {
        return phraseStarts.contain(first, second);
    }

    Map<String, String> entries() {
        return labelsOfWord;
    }
}
