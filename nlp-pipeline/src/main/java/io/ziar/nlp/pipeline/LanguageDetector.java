package io.ziar.nlp.pipeline;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Language by function-word frequency, with scripts deciding first where they are unambiguous.
 * Good on paragraphs; the language-identification work replaces it with a character n-gram model.
 */
public final class LanguageDetector {

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "ro", Set.of("și", "în", "la", "cu", "de", "pe", "care", "este", "un", "o", "să", "din", "pentru", "a", "au", "fost", "mai", "că", "sunt", "cele"),
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "are", "by", "this", "be", "from", "have", "at"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "du", "que", "pour", "dans", "qui", "sur", "pas", "au", "avec", "il", "ce", "sont", "par"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "den", "mit", "sich", "des", "auf", "für", "ein", "eine", "dem", "von", "zu", "im", "auch", "wird"),
            "es", Set.of("el", "los", "las", "y", "que", "en", "es", "por", "una", "del", "para", "con", "se", "su", "al", "como", "más", "pero", "sus", "fue"),
            "it", Set.of("il", "di", "che", "è", "della", "per", "una", "sono", "con", "non", "gli", "del", "alla", "nel", "più", "anche", "come", "questo", "dei", "lo"),
            "pt", Set.of("o", "os", "as", "e", "que", "não", "uma", "do", "da", "em", "para", "com", "por", "mais", "dos", "das", "ao", "foi", "são", "como"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "op", "te", "zijn", "voor", "met", "niet", "die", "ook", "als", "aan", "er", "om", "bij"),
            "hu", Set.of("a", "az", "és", "hogy", "nem", "is", "egy", "van", "meg", "már", "de", "csak", "volt", "mint", "ez", "el", "még", "kell", "után", "szerint"),
            "pl", Set.of("i", "w", "nie", "na", "się", "z", "do", "to", "że", "jest", "jak", "o", "po", "ale", "od", "za", "przez", "tak", "dla", "jego"));

    public String detect(String text) {
        String sample = text.length() > 5000 ? text.substring(0, 5000) : text;
        String byScript = byScript(sample);
        if (byScript != null) {
            return byScript;
        }
        Map<String, Integer> scores = new java.util.HashMap<>();
        for (String token : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            FUNCTION_WORDS.forEach((language, words) -> {
                if (words.contains(token)) {
                    scores.merge(language, 1, Integer::sum);
                }
            });
        }
        if (sample.matches("(?s).*[ăâîșț].*")) {
            scores.merge("ro", 3, Integer::sum);
        }
        return scores.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("und");
    }

    private static String byScript(String text) {
        int cyrillic = 0;
        int greek = 0;
        int hangul = 0;
        int han = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case CYRILLIC -> cyrillic++;
                case GREEK -> greek++;
                case HANGUL -> hangul++;
                case HAN, HIRAGANA, KATAKANA -> han++;
                default -> { }
            }
        }
        if (letters == 0) {
            return null;
        }
        if (hangul * 4 > letters) {
            return "ko";
        }
        if (han * 4 > letters) {
            return text.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA) ? "ja" : "zh";
        }
        if (greek * 2 > letters) {
            return "el";
        }
        if (cyrillic * 2 > letters) {
            return text.matches("(?s).*[іїєґ].*") ? "uk" : text.matches("(?s).*[ъ].*") && !text.matches("(?s).*[ыэ].*") ? "bg" : "ru";
        }
        return null;
    }
}
