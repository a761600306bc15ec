package io.ziar.nlp.pipeline.tokens;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Dictionary forms. Romanian: a form-to-lemma lexicon from the UD Romanian RRT treebank, and for
 * unknown words the ending rewrite most often seen with the same last letters ("-ilor" -> "-i").
 * English: irregular forms and the regular inflection endings. Other languages: the lower-cased word.
 */
public final class Lemmatizer {

    static final String BUNDLED_LEXICON = "/models/lemmas-ro.tsv.gz";
    private static final Map<String, String> ENGLISH_IRREGULAR = irregularEnglish();

    private final Map<String, String> romanian;
    private final SuffixRules romanianRules;

    /** A lemmatizer with this Romanian lexicon (an entity model carries the one it was trained with). */
    public Lemmatizer(Map<String, String> romanian) {
        this.romanian = romanian;
        this.romanianRules = SuffixRules.learn(romanian);
    }

    public static Lemmatizer bundled() {
        try (InputStream in = Lemmatizer.class.getResourceAsStream(BUNDLED_LEXICON)) {
            if (in == null) {
                throw new IllegalStateException("lemma lexicon " + BUNDLED_LEXICON + " is missing from the classpath");
            }
            return new Lemmatizer(readWordTable(new GZIPInputStream(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lemma lexicon", e);
        }
    }

    /** {@code word<TAB>value} lines as a map (the lemma lexicon, the NER word clusters). */
    public static Map<String, String> readWordTable(InputStream in) throws IOException {
        Map<String, String> lexicon = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                lexicon.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return lexicon;
    }

    /** Whether the Romanian lexicon has this lower-cased form. */
    public boolean knows(String lower) {
        return romanian.containsKey(lower);
    }

    public String lemma(String word, String language) {
        if (!Tokenizer.isWordChar(word.charAt(0))) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return switch (language) {
            case "ro" -> romanian(lower);
            case "en" -> english(lower);
            default -> lower;
        };
    }

    private String romanian(String lower) {
        String clitic = lower.endsWith("-") ? lower.substring(0, lower.length() - 1) : lower;
        String known = romanian.get(lower);
        if (known != null) {
            return known;
        }
        known = romanian.get(clitic);
        if (known != null) {
            return known;
        }
        return Character.isDigit(clitic.charAt(0)) ? clitic : romanianRules.apply(clitic);
    }

    private static String english(String lower) {
        String irregular = ENGLISH_IRREGULAR.get(lower);
        if (irregular != null) {
            return irregular;
        }
        int n = lower.length();
        if (n > 4 && lower.endsWith("ies")) {
            return lower.substring(0, n - 3) + "y";
        }
        if (n > 4 && (lower.endsWith("sses") || lower.endsWith("shes") || lower.endsWith("ches") || lower.endsWith("xes"))) {
            return lower.substring(0, n - 2);
        }
        if (n > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")) {
            return lower.substring(0, n - 1);
        }
        if (n > 5 && lower.endsWith("ing")) {
            return undouble(lower.substring(0, n - 3));
        }
        if (n > 4 && lower.endsWith("ied")) {
            return lower.substring(0, n - 3) + "y";
        }
        if (n > 4 && lower.endsWith("ed")) {
            return undouble(lower.substring(0, n - 2));
        }
        return lower;
    }

    /** "stopp" -> "stop", "plann" -> "plan": the doubled consonant of "stopped", "planning". */
    private static String undouble(String stem) {
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }

    private static Map<String, String> irregularEnglish() {
        Map<String, String> forms = new HashMap<>();
        String[][] table = {
                {"be", "am is are was were been being"}, {"have", "has had having"}, {"do", "does did done doing"},
                {"go", "goes went gone going"}, {"say", "says said saying"}, {"make", "made making"}, {"take", "took taken taking"},
                {"come", "came coming"}, {"see", "saw seen seeing"}, {"know", "knew known"}, {"get", "got gotten getting"},
                {"give", "gave given giving"}, {"find", "found"}, {"think", "thought"}, {"tell", "told"}, {"become", "became"},
                {"leave", "left leaving"}, {"feel", "felt"}, {"bring", "brought"}, {"begin", "began begun"}, {"keep", "kept"},
                {"hold", "held"}, {"write", "wrote written writing"}, {"stand", "stood"}, {"hear", "heard"}, {"let", "lets"},
                {"mean", "meant"}, {"meet", "met"}, {"run", "ran running"}, {"pay", "paid"}, {"sit", "sat sitting"},
                {"speak", "spoke spoken"}, {"lead", "led"}, {"grow", "grew grown"}, {"lose", "lost losing"}, {"fall", "fell fallen"},
                {"send", "sent"}, {"build", "built"}, {"spend", "spent"}, {"win", "won winning"}, {"buy", "bought"},
                {"man", "men"}, {"woman", "women"}, {"child", "children"}, {"person", "people"}, {"foot", "feet"},
                {"mouse", "mice"}, {"tooth", "teeth"}, {"good", "better best"}, {"bad", "worse worst"}};
        for (String[] row : table) {
            for (String form : row[1].split(" ")) {
                forms.put(form, row[0]);
            }
        }
        return Map.copyOf(forms);
    }
}
