package io.ziar.nlp.pipeline.langid;

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
    private final Map<String, Gram> grams;
    private final Map<String, Integer> indexOf = new HashMap<>();

    /** The languages whose profile has the n-gram, with log((p + smoothing) / smoothing). */
    private record Gram(int[] languages, float[] gains) {
    }

    private LanguageIdentifier(String[] languages, Map<String, Gram> grams) {
        this.languages = languages;
        this.grams = grams;
        for (int l = 0; l < languages.length; l++) {
            indexOf.put(languages[l], l);
        }
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
        Map<String, String> lines = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String[] parts = line.split("\t", 2);
            if (line.startsWith("@")) {
                String[] t = parts[1].split("\t");
                languages.add(parts[0].substring(1));
                totals.add(new long[]{Long.parseLong(t[0]), Long.parseLong(t[1]), Long.parseLong(t[2])});
            } else {
                lines.put(parts[0], parts[1]);
            }
        }
        Map<String, Gram> grams = new HashMap<>(lines.size() * 2);
        lines.forEach((gram, counts) -> {
            String[] entries = counts.split("\t");
            int[] ids = new int[entries.length];
            float[] logs = new float[entries.length];
            int order = gram.length() - 1;
            for (int i = 0; i < entries.length; i++) {
                int colon = entries[i].indexOf(':');
                ids[i] = Integer.parseInt(entries[i].substring(0, colon));
                long count = Long.parseLong(entries[i].substring(colon + 1));
                double probability = (double) count / Math.max(1, totals.get(ids[i])[Math.min(order, 2)]);
                logs[i] = (float) Math.log((probability + SMOOTHING) / SMOOTHING);
            }
            grams.put(gram, new Gram(ids, logs));
        });
        return new LanguageIdentifier(languages.toArray(String[]::new), grams);
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
        for (int n = 1; n <= 3; n++) {
            for (int i = 0; i + n <= words.length(); i++) {
                String gram = words.substring(i, i + n);
                if (gram.isBlank() || n == 3 && gram.charAt(1) == ' ') {
                    continue;
                }
                Gram known = grams.get(gram);
                if (known == null) {
                    continue;
                }
                for (int k = 0; k < known.languages.length; k++) {
                    scores[known.languages[k]] += known.gains[k];
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
