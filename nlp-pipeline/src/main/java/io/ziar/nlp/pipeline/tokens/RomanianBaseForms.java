package io.ziar.nlp.pipeline.tokens;


import java.util.Locale;
import java.util.Set;

/**
 * The nominative of an inflected Romanian proper name, as a whole name. A one-word place or
 * organisation name loses its genitive-dative ending ("Franței" -> "Franța", "Moscovei" -> "Moscova",
 * "Rusiei" -> "Rusia", "Bucureștiului" -> "București"), but an organisation named by a common noun
 * keeps its article ("Parlamentului" -> "Parlamentul"). In a longer name the head, which Romanian
 * inflects, takes its definite nominative from its lemma ("Curții de Conturi" -> "Curtea de Conturi",
 * "Consiliului Local" -> "Consiliul Local"), and the adjectives that agree with a feminine head take
 * the feminine nominative ("Comisiei Europene" -> "Comisia Europeană", "Autorității Electorale
 * Permanente" -> "Autoritatea Electorală Permanentă"); the rest of the name ("de Conturi", "din
 * Sahel") does not change.
 */
public final class RomanianBaseForms {

    /** Labels whose names take Romanian case endings that are safe to undo without other evidence. */
    private static final Set<String> PLACE_LIKE = Set.of("GPE", "LOC", "ORG", "FACILITY", "EVENT");

    private final Lemmatizer lemmatizer;

    public RomanianBaseForms(Lemmatizer lemmatizer) {
        this.lemmatizer = lemmatizer;
    }

    public String baseForm(String name, String label) {
        if (!PLACE_LIKE.contains(label) || name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        String[] words = name.split(" ", -1);
        if (words.length == 1) {
            // An institution named by a common noun keeps its article ("Parlamentului" -> "Parlamentul");
            // a name the lexicon does not know loses the whole ending ("Gazpromului" -> "Gazprom").
            boolean commonNoun = label.equals("ORG") && lemmatizer.knows(name.toLowerCase(Locale.ROOT));
            return commonNoun ? headNominative(name) : nominative(name, false);
        }
        String head = words[0];
        String nominativeHead = headNominative(head);
        String lowerHead = head.toLowerCase(Locale.ROOT);
        boolean feminineGenitive = !nominativeHead.equals(head) && (lowerHead.endsWith("ei") || lowerHead.endsWith("ii"));
        StringBuilder base = new StringBuilder(nominativeHead);
        boolean agreeing = feminineGenitive;
        for (int w = 1; w < words.length; w++) {
            String word = words[w];
            agreeing &= !word.isEmpty() && Character.isUpperCase(word.charAt(0));
            base.append(' ').append(agreeing ? feminineAdjective(word) : word);
        }
        return base.toString();
    }

    /** The head of a longer name in its definite nominative, from its lemma; the ending rules where the lemma says nothing. */
    private String headNominative(String head) {
        String lower = head.toLowerCase(Locale.ROOT);
        if (!lower.endsWith("ului") && !lower.endsWith("ei") && !lower.endsWith("ii")) {
            return head;
        }
        // the lexicon's lemma only: a lemma guessed from the word's ending is no safer than the ending rules
        String lemma = lemmatizer.knows(lower) ? lemmatizer.lemma(lower, "ro") : lower;
        String definite;
        if (lemma.equals(lower) || lemma.length() < 3) {
            definite = nominative(lower, true);
        } else if (lemma.endsWith("ie")) {
            definite = lemma.substring(0, lemma.length() - 1) + "a";
        } else if (lemma.endsWith("e")) {
            definite = lemma + "a";
        } else if (lemma.endsWith("ă")) {
            definite = lemma.substring(0, lemma.length() - 1) + "a";
        } else if (lemma.endsWith("a")) {
            definite = lemma;
        } else if (lemma.endsWith("u")) {
            definite = lemma + "l";
        } else if (isConsonant(lemma.charAt(lemma.length() - 1))) {
            definite = lemma + "ul";
        } else {
            definite = nominative(lower, true);
        }
        return Character.toUpperCase(definite.charAt(0)) + definite.substring(1);
    }

    /** An adjective agreeing with a feminine genitive head, in the feminine nominative: "Europene" -> "Europeană". */
    private String feminineAdjective(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!lower.endsWith("e") || lower.length() < 4) {
            return word;
        }
        String lemma = lemmatizer.knows(lower) ? lemmatizer.lemma(lower, "ro") : lower;
        boolean masculineLemma = !lemma.equals(lower) && isConsonant(lemma.charAt(lemma.length() - 1));
        String feminine = masculineLemma ? lemma + "ă" : lower.substring(0, lower.length() - 1) + "ă";
        if (!masculineLemma && lower.endsWith("ene")) {
            feminine = lower.substring(0, lower.length() - 3) + "eană";
        }
        return Character.toUpperCase(feminine.charAt(0)) + feminine.substring(1);
    }

    /** One word's nominative by its ending alone, or the word when it has no ending to undo. */
    static String nominative(String word, boolean headOfLongerName) {
        int n = word.length();
        if (n > 5 && word.endsWith("ului")) {
            return word.substring(0, n - (headOfLongerName ? 2 : 4));
        }
        if (n > 4 && word.endsWith("iei")) {
            return word.substring(0, n - 3) + "ia";
        }
        if (n > 4 && word.endsWith("ei") && isConsonant(word.charAt(n - 3))) {
            return word.substring(0, n - 2) + "a";
        }
        if (n > 4 && word.endsWith("ții") && headOfLongerName) {
            // "Curții", "Autorității": ț before -ii is t before -ea
            return word.substring(0, n - 3) + "tea";
        }
        if (n > 4 && word.endsWith("ii") && headOfLongerName) {
            return word.substring(0, n - 2) + "ea";
        }
        return word;
    }

    private static boolean isConsonant(char c) {
        return Character.isLetter(c) && "aeiouăâîAEIOUĂÂÎyY".indexOf(c) < 0;
    }
}
