package io.ziar.nlp.pipeline.tokens;

import io.ziar.nlp.pipeline.lang.data.PackData;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words, numbers and punctuation with their offsets, by the rules of a language pack. Clitic joins
 * are split where the language splits them (Romanian "s-a" -> "s-", "a"; "dându-i" -> "dându-", "i";
 * "într-un" -> "într-", "un"), other hyphenated words stay whole ("nord-vest", "Căminul-spital"). The pack's abbreviations and
 * initials keep their period, so that a lone "." always ends something.
 */
public final class Tokenizer {

    private final Set<String> proclitics;
    private final Set<String> enclitics;
    private final Set<String> abbreviations;

    /** The tokenizer of a language pack: its abbreviations, proclitics and enclitics. */
    public Tokenizer(PackData pack) {
        this.proclitics = pack.lowerCaseSet("proclitics");
        this.enclitics = pack.lowerCaseSet("enclitics");
        this.abbreviations = pack.lowerCaseSet("abbreviations");
    }

    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (isWordChar(c)) {
                i = word(text, i, tokens);
            } else {
                i = punctuation(text, i, tokens);
            }
        }
        return tokens;
    }

    private int word(String text, int start, List<Token> tokens) {
        int end = wordEnd(text, start);
        boolean numeric = Character.isDigit(text.charAt(start));
        // Numbers keep their separators: 1.500, 3,5, 12:30.
        while (numeric && end + 1 < text.length() && ".,:".indexOf(text.charAt(end)) >= 0
                && Character.isDigit(text.charAt(end + 1))) {
            end = wordEnd(text, end + 1);
        }
        int tokenStart = start;
        while (end + 1 < text.length() && isHyphen(text.charAt(end)) && isWordChar(text.charAt(end + 1))) {
            int nextEnd = wordEnd(text, end + 1);
            String left = text.substring(tokenStart, end).toLowerCase(Locale.ROOT);
            String right = text.substring(end + 1, nextEnd).toLowerCase(Locale.ROOT);
            boolean digits = Character.isDigit(text.charAt(end - 1)) && Character.isDigit(text.charAt(end + 1));
            if (digits) {
                tokens.add(new Token(text.substring(tokenStart, end), tokenStart, end));
                tokens.add(new Token(text.substring(end, end + 1), end, end + 1));
                tokenStart = end + 1;
            } else if (proclitics.contains(lastPart(left)) || enclitics.contains(right) || Character.isDigit(text.charAt(end - 1))) {
                tokens.add(new Token(text.substring(tokenStart, end + 1), tokenStart, end + 1));
                tokenStart = end + 1;
            }
            end = nextEnd;
        }
        if (end < text.length() && text.charAt(end) == '.' && isAbbreviation(text, tokenStart, end)) {
            end++;
        }
        tokens.add(new Token(text.substring(tokenStart, end), tokenStart, end));
        return end;
    }

    /** The last hyphen-separated part of an already joined word ("nord-vest" -> "vest"). */
    private static String lastPart(String word) {
        int hyphen = word.lastIndexOf('-');
        return hyphen < 0 ? word : word.substring(hyphen + 1);
    }

    private boolean isAbbreviation(String text, int start, int end) {
        String word = text.substring(start, end);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return abbreviations.contains(word.toLowerCase(Locale.ROOT));
    }

    private static int punctuation(String text, int start, List<Token> tokens) {
        char c = text.charAt(start);
        int end = start + 1;
        if (c == '.' || c == '-' || c == '!' || c == '?') {
            while (end < text.length() && text.charAt(end) == c) {
                end++;
            }
        } else if (Character.isSurrogate(c) && end < text.length()) {
            end++;
        }
        tokens.add(new Token(text.substring(start, end), start, end));
        return end;
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length() && isWordChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
