package io.ziar.nlp.pipeline.ner;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The observations the tagger weighs for one token: the word and its lower-cased form, shape,
 * affixes, a stem without the language's inflection endings (so "Franței" and "Franța" share
 * evidence), the lemma ("orfanilor", "orfane" -> "orfan"; both from the model's {@link FeatureResources}), the labels the gazetteer knows
 * for the word and for its lemma, and the same about the neighbouring words; the first word of a
 * sentence also gets its gazetteer labels with its shape, as capitals there say less; the word's
 * distributional class ({@link WordClusters}) at three granularities, and its neighbours'; the label rates
 * of the word and of its lemma, where the token stands in a known multi-word mention, and the classes the open
 * name lists give the word ({@link NameLists}: given name, city...), its neighbours and the multi-word name it is
 * part of; where the language has a dictionary, the word classes it gives the word ({@link WordClasses}:
 * common noun, surname...) with its shape, around it and after the word before it. Each observation is a
 * 64-bit hash of its template and values, so that no string is built per token.
 */
final class NerFeatures {

    static final int MAX_PER_TOKEN = 76;
    private static final String BOUNDARY = "<s>";
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;

    private enum Template {
        BIAS, WORD, LOWER, SHAPE, STEM, PREFIX, SUFFIX, FIRST_SHAPE, PREV_LOWER, NEXT_LOWER, PREV2_LOWER, NEXT2_LOWER,
        PREV_STEM, NEXT_STEM, PREV_SHAPE, NEXT_SHAPE, PREV_LOWER_LOWER, LOWER_NEXT_LOWER, PREV_LOWER_SHAPE,
        SHAPE_NEXT_LOWER, SHAPES_AROUND, PREV2_PREV_LOWER, PREV_SUFFIX3, NEXT_SUFFIX3, GAZETTEER, GAZETTEER_SHAPE,
        GAZETTEER_AROUND, INNER_CAPITAL, PREV_LOWER_GAZETTEER, PREV3_LOWER, NEXT3_LOWER,
        LEMMA, PREV_LEMMA, NEXT_LEMMA, LEMMA_GAZETTEER, LEMMA_GAZETTEER_AROUND, FIRST_WORD_GAZETTEER,
        PREV_LEMMA_LEMMA, LEMMA_SHAPE, CLUSTER_2, CLUSTER_4, CLUSTER, PREV_CLUSTER_4, NEXT_CLUSTER_4,
        PHRASE, PHRASE_SHAPE, LEMMA_RATE, LEMMA_RATE_SHAPE, PREV_LEMMA_RATE, NEXT_LEMMA_RATE, WORD_RATE,
        WORD_RATE_SHAPE, NAME_LIST, NAME_LIST_SHAPE, NAME_LIST_AROUND, PREV_LOWER_NAME_LIST, NAME_PHRASE_SHAPE,
        WORD_CLASS, WORD_CLASS_SHAPE, WORD_CLASS_AROUND, PREV_LOWER_WORD_CLASS
    }

    private final String[] words;
    private final String[] lower;
    private final String[] shapes;
    private final String[] stems;
    private final String[] gazetteer;
    private final String[] lemmas;
    private final String[] lemmaGazetteer;
    private final String[] clusters;
    private final String[] wordRates;
    private final String[] lemmaRates;
    private final String[] phrases;
    private final String[] names;
    private final String[] namePhrases;
    private final String[] wordClasses;

    NerFeatures(List<String> tokens, Gazetteer known, FeatureResources resources) {
        int n = tokens.size();
        words = new String[n];
        lower = new String[n];
        shapes = new String[n];
        stems = new String[n];
        gazetteer = new String[n];
        lemmas = new String[n];
        lemmaGazetteer = new String[n];
        clusters = new String[n];
        wordRates = new String[n];
        lemmaRates = new String[n];
        names = new String[n];
        wordClasses = resources.wordClasses.isEmpty() ? null : new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = tokens.get(i);
            lower[i] = words[i].toLowerCase(Locale.ROOT);
            shapes[i] = shape(words[i]);
            stems[i] = resources.stem(lower[i]);
            gazetteer[i] = known.labels(lower[i]);
            lemmas[i] = resources.lemma(lower[i]);
            lemmaGazetteer[i] = known.lemmaLabels(lemmas[i]);
            clusters[i] = resources.clusters.path(lower[i]);
            wordRates[i] = known.wordRate(lower[i]);
            lemmaRates[i] = known.lemmaRate(lemmas[i]);
            names[i] = resources.names.classes(lower[i], stems[i]);
            if (wordClasses != null) {
                wordClasses[i] = resources.wordClasses.of(words[i], lower[i]);
            }
        }
        phrases = phraseMarks(tokens, lower, known, Gazetteer.MAX_PHRASE_WORDS);
        namePhrases = phraseMarks(tokens, lower, resources.names, NameLists.MAX_PHRASE_WORDS);
    }

    int size() {
        return words.length;
    }

    /** Writes the feature hashes of token i into out and returns how many there are. */
    int at(int i, long[] out) {
        int n = 0;
        String l = lower[i];
        out[n++] = hash(Template.BIAS, "");
        out[n++] = hash(Template.WORD, words[i]);
        out[n++] = hash(Template.LOWER, l);
        out[n++] = hash(Template.SHAPE, shapes[i]);
        out[n++] = hash(Template.STEM, stems[i]);
        int len = l.length();
        for (int k = 1; k <= 5 && k < len; k++) {
            out[n++] = hashRange(Template.PREFIX, k, l, 0, k);
            out[n++] = hashRange(Template.SUFFIX, k, l, len - k, len);
        }
        if (i == 0) {
            out[n++] = hash(Template.FIRST_SHAPE, shapes[i]);
        }
        out[n++] = hash(Template.PREV_LOWER, at(lower, i - 1));
        out[n++] = hash(Template.NEXT_LOWER, at(lower, i + 1));
        out[n++] = hash(Template.PREV2_LOWER, at(lower, i - 2));
        out[n++] = hash(Template.NEXT2_LOWER, at(lower, i + 2));
        out[n++] = hash(Template.PREV_STEM, at(stems, i - 1));
        out[n++] = hash(Template.NEXT_STEM, at(stems, i + 1));
        out[n++] = hash(Template.PREV_SHAPE, at(shapes, i - 1));
        out[n++] = hash(Template.NEXT_SHAPE, at(shapes, i + 1));
        out[n++] = hash(Template.PREV_LOWER_LOWER, at(lower, i - 1), l);
        out[n++] = hash(Template.LOWER_NEXT_LOWER, l, at(lower, i + 1));
        out[n++] = hash(Template.PREV_LOWER_SHAPE, at(lower, i - 1), shapes[i]);
        out[n++] = hash(Template.SHAPE_NEXT_LOWER, shapes[i], at(lower, i + 1));
        out[n++] = hash(Template.SHAPES_AROUND, at(shapes, i - 1), shapes[i], at(shapes, i + 1));
        out[n++] = hash(Template.PREV2_PREV_LOWER, at(lower, i - 2), at(lower, i - 1));
        out[n++] = suffix3(Template.PREV_SUFFIX3, i - 1);
        out[n++] = suffix3(Template.NEXT_SUFFIX3, i + 1);
        out[n++] = hash(Template.GAZETTEER, gazetteer[i]);
        out[n++] = hash(Template.GAZETTEER_SHAPE, gazetteer[i], shapes[i]);
        out[n++] = hash(Template.GAZETTEER_AROUND, at(gazetteer, i - 1), gazetteer[i], at(gazetteer, i + 1));
        out[n++] = hash(Template.PREV_LOWER_GAZETTEER, at(lower, i - 1), gazetteer[i]);
        out[n++] = hash(Template.PREV3_LOWER, at(lower, i - 3));
        out[n++] = hash(Template.NEXT3_LOWER, at(lower, i + 3));
        if (i > 0 && Character.isUpperCase(words[i].charAt(0)) && !".!?:\"„“«-–—".contains(words[i - 1])) {
            out[n++] = hash(Template.INNER_CAPITAL, shapes[i]);
        }
        out[n++] = hash(Template.LEMMA, lemmas[i]);
        out[n++] = hash(Template.PREV_LEMMA, at(lemmas, i - 1));
        out[n++] = hash(Template.NEXT_LEMMA, at(lemmas, i + 1));
        out[n++] = hash(Template.LEMMA_GAZETTEER, lemmaGazetteer[i]);
        out[n++] = hash(Template.LEMMA_GAZETTEER_AROUND, at(lemmaGazetteer, i - 1), lemmaGazetteer[i], at(lemmaGazetteer, i + 1));
        out[n++] = hash(Template.PREV_LEMMA_LEMMA, at(lemmas, i - 1), lemmas[i]);
        out[n++] = hash(Template.LEMMA_SHAPE, lemmas[i], shapes[i]);
        out[n++] = hash(Template.CLUSTER_2, clusterPrefix(i, 2));
        out[n++] = hash(Template.CLUSTER_4, clusterPrefix(i, 4));
        out[n++] = hash(Template.CLUSTER, clusters[i]);
        out[n++] = hash(Template.PREV_CLUSTER_4, clusterPrefix(i - 1, 4));
        out[n++] = hash(Template.NEXT_CLUSTER_4, clusterPrefix(i + 1, 4));
        out[n++] = hash(Template.PHRASE, phrases[i]);
        out[n++] = hash(Template.PHRASE_SHAPE, phrases[i], shapes[i]);
        out[n++] = hash(Template.LEMMA_RATE, lemmaRates[i]);
        out[n++] = hash(Template.LEMMA_RATE_SHAPE, lemmaRates[i], shapes[i]);
        out[n++] = hash(Template.PREV_LEMMA_RATE, at(lemmaRates, i - 1), lemmaRates[i]);
        out[n++] = hash(Template.NEXT_LEMMA_RATE, lemmaRates[i], at(lemmaRates, i + 1));
        out[n++] = hash(Template.WORD_RATE, wordRates[i]);
        out[n++] = hash(Template.WORD_RATE_SHAPE, wordRates[i], shapes[i]);
        out[n++] = hash(Template.NAME_LIST, names[i]);
        out[n++] = hash(Template.NAME_LIST_SHAPE, names[i], shapes[i]);
        out[n++] = hash(Template.NAME_LIST_AROUND, at(names, i - 1), names[i], at(names, i + 1));
        out[n++] = hash(Template.PREV_LOWER_NAME_LIST, at(lower, i - 1), names[i]);
        out[n++] = hash(Template.NAME_PHRASE_SHAPE, namePhrases[i], shapes[i]);
        if (wordClasses != null) {
            out[n++] = hash(Template.WORD_CLASS, wordClasses[i]);
            out[n++] = hash(Template.WORD_CLASS_SHAPE, wordClasses[i], shapes[i]);
            out[n++] = hash(Template.WORD_CLASS_AROUND, at(wordClasses, i - 1), wordClasses[i], at(wordClasses, i + 1));
            out[n++] = hash(Template.PREV_LOWER_WORD_CLASS, at(lower, i - 1), wordClasses[i]);
        }
        if (i == 0) {
            out[n++] = hash(Template.FIRST_WORD_GAZETTEER, gazetteer[i], lemmaGazetteer[i], shapes[i]);
        }
        return n;
    }

    /**
     * Where each token stands in the longest known multi-word name that starts at or after the
     * previous match, left to right: "B-ORG" (first word), "I-ORG", "E-ORG" (last word), or "-".
     */
    private static String[] phraseMarks(List<String> tokens, String[] lower, PhraseLookup known, int maxWords) {
        int n = tokens.size();
        String[] marks = new String[n];
        Arrays.fill(marks, "-");
        for (int start = 0; start < n; start++) {
            if (start + 1 == n || !known.startsPhrase(lower[start], lower[start + 1])) {
                continue;
            }
            for (int end = Math.min(n, start + maxWords); end >= start + 2; end--) {
                String label = known.phraseLabel(tokens.subList(start, end));
                if (label != null) {
                    marks[start] = "B-" + label;
                    for (int k = start + 1; k < end - 1; k++) {
                        marks[k] = "I-" + label;
                    }
                    marks[end - 1] = "E-" + label;
                    start = end - 1;
                    break;
                }
            }
        }
        return marks;
    }

    /** The coarser class of a word: the first levels of its cluster path. */
    private String clusterPrefix(int i, int levels) {
        if (i < 0 || i >= words.length) {
            return BOUNDARY;
        }
        String path = clusters[i];
        return path.length() > levels ? path.substring(0, levels) : path;
    }

    /** Word {@code i}'s value in a column, the sentence boundary outside the sentence. */
    private String at(String[] column, int i) {
        return i < 0 || i >= words.length ? BOUNDARY : column[i];
    }

    private long suffix3(Template template, int i) {
        if (i < 0 || i >= words.length) {
            return hash(template, BOUNDARY);
        }
        String l = lower[i];
        return hashRange(template, 0, l, Math.max(0, l.length() - 3), l.length());
    }

    private static long hash(Template template, String a) {
        return finish(add(seed(template, 0), a, 0, a.length()));
    }

    private static long hash(Template template, String a, String b) {
        return finish(add(add(seed(template, 0), a, 0, a.length()) * 31 + 0x1F, b, 0, b.length()));
    }

    private static long hash(Template template, String a, String b, String c) {
        long h = add(seed(template, 0), a, 0, a.length()) * 31 + 0x1F;
        h = add(h, b, 0, b.length()) * 31 + 0x1F;
        return finish(add(h, c, 0, c.length()));
    }

    private static long hashRange(Template template, int variant, String s, int from, int to) {
        return finish(add(seed(template, variant), s, from, to));
    }

    private static long seed(Template template, int variant) {
        return FNV_OFFSET ^ (template.ordinal() * 0x9E3779B97F4A7C15L) ^ variant * 0xC2B2AE3D27D4EB4FL;
    }

    /** A word's 64-bit hash, outside any template (the name lists' stem index). */
    static long hashOf(String word) {
        return finish(add(FNV_OFFSET, word, 0, word.length()));
    }

    private static long add(long h, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** The finaliser of SplitMix64, so that every bit of the key depends on every character. */
    static long finish(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
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
}
