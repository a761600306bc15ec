package io.ziar.nlp.pipeline.entities;

import io.ziar.nlp.pipeline.lang.data.NameRules;
import io.ziar.nlp.pipeline.lang.data.PackData;
import io.ziar.nlp.pipeline.ner.Mention;
import io.ziar.nlp.pipeline.tokens.Lemmatizer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a PERSON mention is a person's name, by the pack's {@link NameRules} and, for a word that
 * opens a sentence, the language's morphology. RONEC v2
 * also labels PERSON the pronouns and the common nouns that denote people ("el", "ministrul",
 * "omologului său"); those are mentions of a person but not names, and neither is a role alone
 * ("President", "Senator") nor a common noun capitalised only because it opens a sentence
 * ("Omologul său malian a salutat...", "Șeful diplomației..."). A name has every word capitalised
 * but the pack's name particles, and a word that opens a sentence counts as a name only if the text
 * does not write it lower-case elsewhere and it does not read as a noun with one of the pack's
 * definite endings ("Omologul" -> "omolog" + "-ul"; "Paul", "Mihai" are not, as the lexicon knows
 * them as they are).
 */
final class PersonNames {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** What may stand between a sentence end and the sentence's first word: spaces, quotes, dashes, brackets. */
    private static final String OPENING = " \t\"„“”«»'‘’(-–—";

    private final Lemmatizer lemmatizer;
    private final String language;
    private final NameRules names;
    private final List<String> definiteEndings;

    PersonNames(Lemmatizer lemmatizer, PackData pack) {
        this.lemmatizer = lemmatizer;
        this.language = pack.language();
        this.names = pack.names();
        this.definiteEndings = pack.list("definite-endings");
    }

    boolean isName(String body, Mention mention) {
        String text = body.substring(mention.start(), mention.end());
        if (!names.isWrittenAsPersonName(text)) {
            return false;
        }
        String[] words = WHITESPACE.split(text.strip());
        return words.length > 1 || !opensSentence(body, mention.start()) || !isCommonWord(body, words[0]);
    }

    /**
     * A name without the role glued before it, up to the role's last word: "President Joe Biden" ->
     * "Joe Biden", "Treasury Secretary Janet Yellen" -> "Janet Yellen"; unchanged when no capitalised
     * name follows the role (a role alone stays).
     */
    String withoutLeadingRoles(String name) {
        String[] words = WHITESPACE.split(name.strip());
        int lastRole = -1;
        for (int w = 0; w < words.length - 1; w++) {
            if (names.isRole(words[w])) {
                lastRole = w;
            }
        }
        if (lastRole < 0) {
            return name;
        }
        List<String> rest = List.of(words).subList(lastRole + 1, words.length);
        boolean named = rest.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)) || names.isParticle(w));
        return named ? String.join(" ", rest) : name;
    }

    private boolean isCommonWord(String body, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals(word) || containsWord(body, lower)) {
            return true;
        }
        if (containsWordMidSentence(body, word)) {
            return false;
        }
        return definiteEndings.stream().anyMatch(lower::endsWith) && !lemmatizer.lemma(lower, language).equals(lower);
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
