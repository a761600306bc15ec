package io.ziar.nlp.pipeline.entities;

import java.util.Set;

/**
 * The nominative of an inflected Romanian proper name: genitive-dative endings of place and
 * organisation names are undone ("Franței" -> "Franța", "Moscovei" -> "Moscova", "Rusiei" ->
 * "Rusia", "Bucureștiului" -> "București"); for a multi-word name it is the first word, the head
 * that Romanian inflects ("Alianței Statelor din Sahel" -> "Alianța Statelor din Sahel").
 */
public final class RomanianBaseForms {

    /** Labels whose names take Romanian case endings that are safe to undo without other evidence. */
    private static final Set<String> PLACE_LIKE = Set.of("GPE", "LOC", "ORG", "FACILITY", "EVENT");

    private RomanianBaseForms() {
    }

    public static String baseForm(String name, String label) {
        if (!PLACE_LIKE.contains(label) || name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        int space = name.indexOf(' ');
        String head = space < 0 ? name : name.substring(0, space);
        String rest = space < 0 ? "" : name.substring(space);
        return nominative(head, space >= 0) + rest;
    }

    /** One word's nominative, or the word when it has no ending to undo. */
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
        if (n > 4 && word.endsWith("ii") && headOfLongerName) {
            return word.substring(0, n - 2) + "ea";
        }
        return word;
    }

    private static boolean isConsonant(char c) {
        return Character.isLetter(c) && "aeiouăâîAEIOUĂÂÎyY".indexOf(c) < 0;
    }
}
