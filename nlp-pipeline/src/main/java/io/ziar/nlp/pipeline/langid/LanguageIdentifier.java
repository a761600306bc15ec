package io.ziar.nlp.pipeline.langid;

import io.ziar.nlp.pipeline.collect.LongIntMap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Language of a text (ISO 639-1 code, "und" when there is nothing to go by): scripts that belong
 * to one language decide at once; otherwise a naive Bayes over character 1- to 3-grams of the
 * lower-cased words, with the profiles of 64 languages imported by {@link LanguageProfileImporter}.
 */
public final class LanguageIdentifier {

    static final String BUNDLED_MODEL = "/models/langid-ngrams.tsv.gz";
    public static final String UNDETERMINED = "und";
    /** Enough text to be sure; more only costs time. */
    private static final int MAX_SAMPLE = 1500;
    private static final int MAX_GRAM = 3;
    /**
     * Probability added to every language's for an n-gram, the same for all (as langdetect does): a
     * language whose profile lacks an n-gram is not punished for the depth its profile was cut at.
     */
    private static final double SMOOTHING = 0.5 / 10_000;

    /**
     * Languages rarely met in news that share most n-grams with a big neighbour (Afrikaans with
     * Dutch, Malay with Indonesian, Galician with Portuguese): they must win clearly.
     */
    private static final Map<String, Double> PRIOR_PENALTY = Map.of("af", 4.0, "ms", 4.0, "gl", 3.0);

    private final String[] languages;
    private final Map<String, Integer> indexOf = new HashMap<>();
    /**
     * The profiles as flat arrays (200,000 n-grams as objects took 85 MB of heap): an n-gram's
     * {@link #key} gives its number g; the languages whose profile has it are
     * {@code gramLanguage[firstEntry[g] .. firstEntry[g + 1])}, each with log((p + smoothing) / smoothing)
     * in {@code gramGain}.
     */
    private final LongIntMap gramNumbers;
    private final int[] firstEntry;
    private final byte[] gramLanguage;
    private final float[] gramGain;

    private LanguageIdentifier(String[] languages, LongIntMap gramNumbers, int[] firstEntry, byte[] gramLanguage, float[] gramGain) {
        this.languages = languages;
        this.gramNumbers = gramNumbers;
        this.firstEntry = firstEntry;
        this.gramLanguage = gramLanguage;
        this.gramGain = gramGain;
        for (int l = 0; l < languages.length; l++) {
            indexOf.put(languages[l], l);
        }
    }

    /** An n-gram of up to {@value #MAX_GRAM} characters packed in a long: its characters and its length. */
    private static long key(CharSequence text, int start, int length) {
        long key = (long) length << 48;
        for (int i = 0; i < length; i++) {
            key |= (long) text.charAt(start + i) << (16 * i);
        }
        return key;
    }

    public static LanguageIdentifier bundled() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(BUNDLED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("language model " + BUNDLED_MODEL + " is missing from the classpath");
            }
            return read(new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language model", e);
        }
    }

    private static LanguageIdentifier read(BufferedReader reader) throws IOException {
        List<String> languages = new ArrayList<>();
        List<long[]> totals = new ArrayList<>();
        Map<String, String[]> counted = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String[] parts = line.split("\t", 2);
            if (line.startsWith("@")) {
                String[] t = parts[1].split("\t");
                languages.add(parts[0].substring(1));
                totals.add(new long[]{Long.parseLong(t[0]), Long.parseLong(t[1]), Long.parseLong(t[2])});
            } else if (parts[0].length() <= MAX_GRAM) {
                // Longer ones (a lower-cased letter that became two characters) are never looked up.
                counted.put(parts[0], parts[1].split("\t"));
            }
        }
        if (languages.size() > Byte.MAX_VALUE) {
            throw new IllegalStateException("the language model has " + languages.size() + " languages, more than a byte numbers");
        }
        LongIntMap gramNumbers = new LongIntMap(counted.size());
        int[] firstEntry = new int[counted.size() + 1];
        int entryCount = counted.values().stream().mapToInt(counts -> counts.length).sum();
        byte[] gramLanguage = new byte[entryCount];
        float[] gramGain = new float[entryCount];
        int g = 0;
        int entry = 0;
        for (Map.Entry<String, String[]> gram : counted.entrySet()) {
            int order = gram.getKey().length() - 1;
            gramNumbers.put(key(gram.getKey(), 0, gram.getKey().length()), g);
            firstEntry[g] = entry;
            for (String languageCount : gram.getValue()) {
                int colon = languageCount.indexOf(':');
                int language = Integer.parseInt(languageCount.substring(0, colon));
                long count = Long.parseLong(languageCount.substring(colon + 1));
                double probability = (double) count / Math.max(1, totals.get(language)[Math.min(order, 2)]);
                gramLanguage[entry] = (byte) language;
                gramGain[entry] = (float) Math.log((probability + SMOOTHING) / SMOOTHING);
                entry++;
            }
            g++;
        }
        firstEntry[g] = entry;
        return new LanguageIdentifier(languages.toArray(String[]::new), gramNumbers, firstEntry, gramLanguage, gramGain);
    }

    public List<String> languages() {
        return List.of(languages);
    }

    public String identify(String text) {
        String sample = text.length() > MAX_SAMPLE ? text.substring(0, MAX_SAMPLE) : text;
        String byScript = ScriptRules.languageOf(sample);
        if (byScript != null) {
            return byScript;
        }
        String marker = ScriptRules.cyrillicMarker(sample);
        if (marker != null) {
            return marker;
        }
        String words = letters(sample);
        if (words.isBlank()) {
            return UNDETERMINED;
        }
        double[] scores = new double[languages.length];
        for (int n = 1; n <= MAX_GRAM; n++) {
            for (int i = 0; i + n <= words.length(); i++) {
                if (n == 1 && words.charAt(i) == ' ' || n == 3 && words.charAt(i + 1) == ' ') {
                    continue;
                }
                int g = gramNumbers.get(key(words, i, n));
                if (LongIntMap.isMissing(g)) {
                    continue;
                }
                for (int entry = firstEntry[g]; entry < firstEntry[g + 1]; entry++) {
                    scores[gramLanguage[entry]] += gramGain[entry];
                }
            }
        }
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int l = 0; l < languages.length; l++) {
            scores[l] -= PRIOR_PENALTY.getOrDefault(languages[l], 0.0);
            if (scores[l] > bestScore) {
                bestScore = scores[l];
                best = l;
            }
        }
        return ConfusableLanguages.rerank(languages[best], words, language -> {
            Integer index = indexOf.get(language);
            return index == null ? Double.NaN : scores[index];
        });
    }

    /** Lower-cased words separated by single spaces, with a space before and after each word. */
    private static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append(' ');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                out.append(Character.toLowerCase(c));
            } else if (out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        if (out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
