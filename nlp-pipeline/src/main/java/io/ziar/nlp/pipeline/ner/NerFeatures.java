package io.ziar.nlp.pipeline.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The observations the tagger weighs for one token: the word and its lower-cased form, shape,
 * affixes, a crude Romanian stem (so "Franței" and "Franța" share evidence), the labels the
 * gazetteer knows for the word, and the same about the neighbouring words.
 */
final class NerFeatures {

    private static final String[] ROMANIAN_ENDINGS = {
            "urilor", "ilor", "elor", "ului", "iei", "ele", "lor", "lui", "ul", "ei", "le", "ii", "a", "i", "ă", "e", "u"};
    private static final String BOUNDARY = "<s>";

    private final String[] words;
    private final String[] lower;
    private final String[] shapes;
    private final String[] stems;
    private final String[] gazetteer;

    NerFeatures(List<String> tokens, Gazetteer known) {
        int n = tokens.size();
        words = new String[n];
        lower = new String[n];
        shapes = new String[n];
        stems = new String[n];
        gazetteer = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = tokens.get(i);
            lower[i] = words[i].toLowerCase(Locale.ROOT);
            shapes[i] = shape(words[i]);
            stems[i] = stem(lower[i]);
            gazetteer[i] = known.labels(lower[i]);
        }
    }

    int size() {
        return words.length;
    }

    List<String> at(int i) {
        List<String> f = new ArrayList<>(40);
        String w = words[i];
        String l = lower[i];
        f.add("b");
        f.add("w=" + w);
        f.add("l=" + l);
        f.add("s=" + shapes[i]);
        f.add("st=" + stems[i]);
        int len = l.length();
        for (int k = 1; k <= 4 && k < len; k++) {
            f.add("p" + k + "=" + l.substring(0, k));
            f.add("x" + k + "=" + l.substring(len - k));
        }
        if (i == 0) {
            f.add("first|s=" + shapes[i]);
        }
        String lPrev = lower(i - 1);
        String lNext = lower(i + 1);
        f.add("l-1=" + lPrev);
        f.add("l+1=" + lNext);
        f.add("l-2=" + lower(i - 2));
        f.add("l+2=" + lower(i + 2));
        f.add("st-1=" + stem(i - 1));
        f.add("st+1=" + stem(i + 1));
        f.add("s-1=" + shape(i - 1));
        f.add("s+1=" + shape(i + 1));
        f.add("l-1|l=" + lPrev + "|" + l);
        f.add("l|l+1=" + l + "|" + lNext);
        f.add("l-1|s=" + lPrev + "|" + shapes[i]);
        f.add("s|l+1=" + shapes[i] + "|" + lNext);
        f.add("s-1|s|s+1=" + shape(i - 1) + "|" + shapes[i] + "|" + shape(i + 1));
        f.add("l-2|l-1=" + lower(i - 2) + "|" + lPrev);
        f.add("x3-1=" + suffix(i - 1));
        f.add("x3+1=" + suffix(i + 1));
        f.add("g=" + gazetteer[i]);
        f.add("g|s=" + gazetteer[i] + "|" + shapes[i]);
        f.add("g-1|g|g+1=" + gazetteer(i - 1) + "|" + gazetteer[i] + "|" + gazetteer(i + 1));
        return f;
    }

    private String lower(int i) {
        return i < 0 || i >= words.length ? BOUNDARY : lower[i];
    }

    private String shape(int i) {
        return i < 0 || i >= words.length ? BOUNDARY : shapes[i];
    }

    private String stem(int i) {
        return i < 0 || i >= words.length ? BOUNDARY : stems[i];
    }

    private String gazetteer(int i) {
        return i < 0 || i >= words.length ? BOUNDARY : gazetteer[i];
    }

    private String suffix(int i) {
        if (i < 0 || i >= words.length) {
            return BOUNDARY;
        }
        String l = lower[i];
        return l.length() <= 3 ? l : l.substring(l.length() - 3);
    }

    /** Character classes with runs collapsed: "Lavrov" -> "Xx", "2023" -> "d", "C.S.U." -> "X.X.X.". */
    static String shape(String word) {
        StringBuilder shape = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char kind = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (kind != last) {
                shape.append(kind);
                last = kind;
            }
        }
        return shape.toString();
    }

    /** The word without its longest Romanian inflection ending, keeping at least three letters. */
    static String stem(String lower) {
        for (String ending : ROMANIAN_ENDINGS) {
            if (lower.length() - ending.length() >= 3 && lower.endsWith(ending)) {
                return lower.substring(0, lower.length() - ending.length());
            }
        }
        return lower;
    }
}
