package io.ziar.nlp.pipeline.entities;

import io.ziar.nlp.pipeline.ner.Mention;
import io.ziar.nlp.pipeline.tokens.Lemmatizer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a PERSON mention is a person's name. RONEC v2 also labels PERSON the pronouns and the
 * common nouns that denote people ("el", "ministrul", "omologului său"); those are mentions of a
 * person but not names, and neither is a common noun capitalised only because it opens a sentence
 * ("Omologul său malian a salutat...", "Șeful diplomației..."). A name has every word capitalised
 * but name particles, and a word that opens a sentence counts as a name only if the text does not
 * write it lower-case elsewhere and it does not read as a Romanian noun with its definite article
 * ("Omologul" -> "omolog" + "-ul"; "Paul", "Mihai" are not, as the lexicon knows them as they are).
 */
final class PersonNames {

    private static final Set<String> PARTICLES = Set.of("de", "la", "von", "van", "der", "den", "du", "di", "da", "dos", "del",
            "bin", "ibn", "al", "el", "le", "ter");
    private static final Set<String> PRONOUNS = Set.of("el", "ea", "ei", "ele", "eu", "tu", "noi", "voi", "dânsul", "dânsa",
            "dumnealui", "dumneaei", "dumneavoastră", "acesta", "aceasta", "aceștia", "acestea", "acela", "aceea", "he", "she",
            "they", "we", "i", "you");
    private static final Pattern DEFINITE_ENDING = Pattern.compile("(?:ul|ului|le|lui|ii|ile|ele|lor)$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** What may stand between a sentence end and the sentence's first word: spaces, quotes, dashes, brackets. */
    private static final String OPENING = " \t\"„“”«»'‘’(-–—";

    private final Lemmatizer lemmatizer;

    PersonNames(Lemmatizer lemmatizer) {
        this.lemmatizer = lemmatizer;
    }

    boolean isName(String body, Mention mention) {
        String text = body.substring(mention.start(), mention.end());
        String[] words = WHITESPACE.split(text.strip());
        if (words.length == 0 || words[0].isEmpty() || PRONOUNS.contains(text.strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int w = 0; w < words.length; w++) {
            boolean capital = !words[w].isEmpty() && Character.isUpperCase(words[w].codePointAt(0));
            if (!capital && (w == 0 || !PARTICLES.contains(words[w]))) {
                return false;
            }
        }
        return words.length > 1 || !opensSentence(body, mention.start()) || !isCommonWord(body, words[0]);
    }

    private boolean isCommonWord(String body, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals(word) || containsWord(body, lower)) {
            return true;
        }
        if (containsWordMidSentence(body, word)) {
            return false;
        }
        return DEFINITE_ENDING.matcher(lower).find() && !lemmatizer.lemma(lower, "ro").equals(lower);
    }

    static boolean opensSentence(String body, int start) {
        int i = start - 1;
        while (i >= 0 && OPENING.indexOf(body.charAt(i)) >= 0) {
            i--;
        }
        return i < 0 || ".!?…:\n\r".indexOf(body.charAt(i)) >= 0;
    }

    private static boolean containsWord(String body, String word) {
        for (int at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
            if (isWordAt(body, at, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWordMidSentence(String body, String word) {
        for (int at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
            if (isWordAt(body, at, word.length()) && !opensSentence(body, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordAt(String body, int at, int length) {
        int end = at + length;
        return (at == 0 || !Character.isLetterOrDigit(body.charAt(at - 1))) && (end == body.length() || !Character.isLetterOrDigit(body.charAt(end)));
    }
}
