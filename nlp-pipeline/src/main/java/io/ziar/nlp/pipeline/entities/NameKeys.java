package io.ziar.nlp.pipeline.entities;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Spelling-independent keys of names, so that "Serghei", "Sergey", "Sergei" and "Сергей" meet:
 * Cyrillic is transliterated the Romanian way, diacritics go, and the letters that spellings of
 * one name trade (gh/g, y/j/i, doubled letters) are folded. Public for {@link #transliterate}: search
 * reads typed Cyrillic the way the pipeline wrote the canonical names.
 */
public final class NameKeys {

    private NameKeys() {
    }

    static String key(String name) {
        String latin = Normalizer.normalize(transliterate(name), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("gh", "g")
                .replace('y', 'i')
                .replace('j', 'i')
                .replace("ck", "k")
                .replace('c', 'k');
        StringBuilder key = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                c = ' ';
            }
            if (key.isEmpty() ? c != ' ' : key.charAt(key.length() - 1) != c) {
                key.append(c);
            }
        }
        return key.toString().strip();
    }

    static boolean isCyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /** Cyrillic to Latin as Romanian writes Russian names: Сергей Лавров -> Serghei Lavrov. */
    public static String transliterate(String text) {
        if (!isCyrillic(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            char next = i + 1 < text.length() ? Character.toLowerCase(text.charAt(i + 1)) : ' ';
            boolean beforeFrontVowel = "еиіёэ".indexOf(next) >= 0;
            String latin = switch (lower) {
                case 'а' -> "a";
                case 'б' -> "b";
                case 'в' -> "v";
                case 'г', 'ґ' -> beforeFrontVowel ? "gh" : "g";
                case 'д' -> "d";
                case 'е', 'э' -> "e";
                case 'ё' -> "io";
                case 'є' -> "ie";
                case 'ж' -> "j";
                case 'з' -> "z";
                case 'и', 'й', 'і' -> "i";
                case 'ї' -> "ii";
                case 'к' -> beforeFrontVowel ? "ch" : "c";
                case 'л' -> "l";
                case 'м' -> "m";
                case 'н' -> "n";
                case 'о' -> "o";
                case 'п' -> "p";
                case 'р' -> "r";
                case 'с' -> "s";
                case 'т' -> "t";
                case 'у' -> "u";
                case 'ф' -> "f";
                case 'х' -> "h";
                case 'ц' -> "ț";
                case 'ч' -> "ci";
                case 'ш' -> "ș";
                case 'щ' -> "șci";
                case 'ъ' -> "ă";
                case 'ы' -> "î";
                case 'ь' -> "";
                case 'ю' -> "iu";
                case 'я' -> "ia";
                default -> String.valueOf(c);
            };
            if (c != lower && !latin.isEmpty()) {
                latin = Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
            }
            out.append(latin);
        }
        return out.toString();
    }
}
