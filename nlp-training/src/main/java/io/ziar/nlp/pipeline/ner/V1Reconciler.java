package io.ziar.nlp.pipeline.ner;

import io.ziar.nlp.pipeline.tokens.Token;
import io.ziar.nlp.pipeline.tokens.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Brings RONEC v1 sentences closer to the v2 standard before training on them: v1's PRODUCT label
 * (absent from v2) is dropped, and the pronouns and common nouns that v2 annotators mark as PERSON
 * ("ea", "acesta", "primarul") but v1 mostly leaves bare are marked PERSON, using the words that v2
 * itself tags PERSON most of the times it sees them.
 */
final class V1Reconciler {

    private static final int MIN_SEEN = 2;
    private static final double MIN_PERSON_RATE = 0.6;

    private final Tokenizer tokenizer;
    private final Set<String> personWords;
    private final Set<String> labels;

    V1Reconciler(List<AnnotatedSentence> v2, Set<String> labels, Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
        this.labels = labels;
        this.personWords = lowerCasePersonWords(v2, tokenizer);
    }

    AnnotatedSentence reconcile(AnnotatedSentence sentence) {
        List<Mention> mentions = new ArrayList<>();
        for (Mention mention : sentence.mentions()) {
            if (labels.contains(mention.label())) {
                mentions.add(mention);
            }
        }
        for (Token token : tokenizer.tokenize(sentence.text())) {
            if (personWords.contains(token.text()) && mentions.stream().noneMatch(m -> m.start() < token.end() && token.start() < m.end())) {
                mentions.add(new Mention(token.start(), token.end(), "PERSON"));
            }
        }
        return new AnnotatedSentence(sentence.id(), sentence.text(), mentions);
    }

    /** Lower-case one-token words that v2 tags as a whole PERSON mention most of the time. */
    private static Set<String> lowerCasePersonWords(List<AnnotatedSentence> v2, Tokenizer tokenizer) {
        Map<String, int[]> seen = new HashMap<>();
        for (AnnotatedSentence sentence : v2) {
            Set<Long> personSpans = new HashSet<>();
            for (Mention mention : sentence.mentions()) {
                if (mention.label().equals("PERSON")) {
                    personSpans.add(((long) mention.start() << 32) | mention.end());
                }
            }
            for (Token token : tokenizer.tokenize(sentence.text())) {
                if (!Character.isLowerCase(token.text().charAt(0))) {
                    continue;
                }
                int[] counts = seen.computeIfAbsent(token.text().toLowerCase(Locale.ROOT), w -> new int[2]);
                counts[0]++;
                if (personSpans.contains(((long) token.start() << 32) | token.end())) {
                    counts[1]++;
                }
            }
        }
        Set<String> words = new HashSet<>();
        seen.forEach((word, counts) -> {
            if (counts[0] >= MIN_SEEN && counts[1] >= MIN_PERSON_RATE * counts[0]) {
                words.add(word);
            }
        });
        return words;
    }

    int personWordCount() {
        return personWords.size();
    }
}
