package io.ziar.nlp.pipeline.langid;

/**
 * The language of text written mostly in a script that one language owns (Hangul, kana, Han,
 * Greek, Hebrew, Thai, Armenian, Georgian). Scripts shared by many languages (Latin, Cyrillic,
 * Arabic, Devanagari) are left to the n-gram model.
 */
final class ScriptRules {

    private ScriptRules() {
    }

    static String languageOf(String text) {
        int letters = 0;
        int hangul = 0;
        int kana = 0;
        int han = 0;
        int greek = 0;
        int hebrew = 0;
        int thai = 0;
        int armenian = 0;
        int georgian = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            switch (Character.UnicodeScript.of(c)) {
                case HANGUL -> hangul++;
                case HIRAGANA, KATAKANA -> kana++;
                case HAN -> han++;
                case GREEK -> greek++;
                case HEBREW -> hebrew++;
                case THAI -> thai++;
                case ARMENIAN -> armenian++;
                case GEORGIAN -> georgian++;
                default -> { }
            }
        }
        if (letters == 0) {
            return null;
        }
        if (hangul * 3 > letters) {
            return "ko";
        }
        if (kana * 10 > letters && (kana + han) * 5 > letters) {
            return "ja";
        }
        // One Han character is a word where a Latin word takes several letters: weigh accordingly.
        if (han * 5 > letters) {
            return "zh";
        }
        if (greek * 2 > letters) {
            return "el";
        }
        if (hebrew * 2 > letters) {
            return "he";
        }
        if (thai * 2 > letters) {
            return "th";
        }
        if (armenian * 2 > letters) {
            return "hy";
        }
        return georgian * 2 > letters ? "ka" : null;
    }

    /**
     * A Cyrillic letter that only one of the languages using the script has: Serbian ђ ћ,
     * Macedonian ѓ ќ ѕ, Ukrainian є ї ґ, Belarusian ў. Null when none occurs.
     */
    static String cyrillicMarker(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (Character.toLowerCase(text.charAt(i))) {
                case 'ђ', 'ћ' -> {
                    return "sr";
                }
                case 'ѓ', 'ќ', 'ѕ' -> {
                    return "mk";
                }
                case 'є', 'ї', 'ґ' -> {
                    return "uk";
                }
                case 'ў' -> {
                    return "be";
                }
                default -> { }
            }
        }
        return null;
    }
}
