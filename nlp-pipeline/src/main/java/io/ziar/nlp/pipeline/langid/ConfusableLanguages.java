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
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word and letter evidence for languages that share most of their character n-grams: Danish,
 * Norwegian and Swedish; Croatian, Serbian, Bosnian and Slovene; the Cyrillic languages; Spanish,
 * Portuguese, Galician, Catalan and Italian; Dutch and Afrikaans; Czech and Slovak. When the
 * n-gram model's best language is in such a group, the group's languages are ranked again with a
 * bonus for every word of the text that is frequent in one of them and absent from (or rare in) its
 * neighbours ("ikke" is no help for Danish against Norwegian, "af" / "av", "mig" / "meg", "hvad" /
 * "hva" are), and for letters that only some of them write (Slovene has no ć, Czech ř ů ě,
 * Swedish ä ö where Danish and Norwegian write æ ø). The word lists ({@code langid/confusable-words.txt})
 * are written from knowledge of the languages, not learnt from the evaluation text.
 */
final class ConfusableLanguages {

    private static final List<Set<String>> GROUPS = List.of(
            Set.of("da", "no", "sv"),
            Set.of("hr", "sr", "bs", "sl"),
            Set.of("sr", "mk", "bg", "ru", "uk", "be"),
            Set.of("es", "pt", "gl", "ca", "it"),
            Set.of("nl", "af"),
            Set.of("cs", "sk"));

    /** Frequent words of each language that its neighbours lack: {@code /langid/confusable-words.txt}. */
    private static final Map<String, Set<String>> WORDS = wordLists("/langid/confusable-words.txt");

    /** Letters that only some languages of a group write. */
    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("da", "æø"), Map.entry("no", "æø"), Map.entry("sv", "äö"),
            Map.entry("hr", "ćđ"), Map.entry("bs", "ćđ"), Map.entry("sr", "ћђљњџј"), Map.entry("mk", "ѓќѕљњџј"),
            Map.entry("bg", "ъщ"), Map.entry("ru", "ыэщъё"), Map.entry("uk", "ієїґщ"), Map.entry("be", "іўыэ"),
            Map.entry("es", "ñ"), Map.entry("pt", "ãõç"), Map.entry("gl", "ñ"), Map.entry("ca", "çŀ·"), Map.entry("it", ""),
            Map.entry("nl", ""), Map.entry("af", "êëô"),
            Map.entry("cs", "řůě"), Map.entry("sk", "äôĺľŕ"));

    /**
     * Word forms that only some languages of a group build, each match one piece of evidence:
     * Danish "ind-" / Norwegian "inn-" (indstillinger / innstillinger), Danish "-hed", "-eret",
     * past "-ede" against Norwegian "-het", "-ert", "-sjon", Swedish past "-ade"; Serbian case
     * endings (Macedonian nouns and adjectives have no cases).
     */
    private static final Map<String, Pattern> FORMS = Map.of(
            "da", Pattern.compile("(?<= )ind(?=[bcdfghjklmnpqrstvwxz])|(?<=\\p{L})(?:hed(?:er|en|erne)?|eret|ede)(?= )|understøt"),
            "no", Pattern.compile("(?<= )inn(?=\\p{L})|(?<=\\p{L})(?:het(?:er|en|ene)?|ert|sjon(?:er|en)?)(?= )|(?<= )(?:kj|gj)"),
            "sv", Pattern.compile("(?<=\\p{L}{2})(?:ade|het(?:er|en)?)(?= )"),
            "sr", Pattern.compile("(?<=\\p{L}{2})(?:ог|ој|ама|има)(?= )"));

    /** Log-score added per word or letter of evidence. */
    static final double WORD_BONUS = 7.0;
    private static final double LETTER_BONUS = 1.0;

    private static final Map<String, List<Set<String>>> GROUPS_OF = groupsOf();

    private ConfusableLanguages() {
    }

    private static Map<String, Set<String>> wordLists(String resource) {
        try (InputStream in = ConfusableLanguages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            Map<String, Set<String>> lists = new HashMap<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> {
                        int colon = line.indexOf(':');
                        lists.put(line.substring(0, colon).strip(), Set.of(line.substring(colon + 1).strip().split(" ")));
                    });
            return Map.copyOf(lists);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static Map<String, List<Set<String>>> groupsOf() {
        Map<String, List<Set<String>>> of = new HashMap<>();
        for (Set<String> group : GROUPS) {
            for (String language : group) {
                of.computeIfAbsent(language, l -> new ArrayList<>()).add(group);
            }
        }
        return of;
    }

    /**
     * The language among the best one's confusable neighbours with the highest n-gram score plus word
     * and letter evidence; the best itself when it has no neighbours.
     *
     * @param words the lower-cased words of the text separated by single spaces
     * @param score the n-gram score (with priors) of a language, NaN for one the model does not know
     */
    static String rerank(String best, String words, ToDoubleFunction<String> score) {
        List<Set<String>> groups = GROUPS_OF.get(best);
        if (groups == null) {
            return best;
        }
        String[] tokens = words.strip().split(" ");
        String winner = best;
        double winnerScore = Double.NEGATIVE_INFINITY;
        for (Set<String> group : groups) {
            for (String language : group) {
                double base = score.applyAsDouble(language);
                if (Double.isNaN(base)) {
                    continue;
                }
                double total = base + WORD_BONUS * (wordEvidence(language, tokens) + formEvidence(language, words)) + LETTER_BONUS * letterEvidence(language, words);
                if (total > winnerScore || total == winnerScore && language.equals(best)) {
                    winner = language;
                    winnerScore = total;
                }
            }
        }
        return winner;
    }

    private static int wordEvidence(String language, String[] tokens) {
        Set<String> known = WORDS.getOrDefault(language, Set.of());
        int count = 0;
        for (String token : tokens) {
            if (known.contains(token)) {
                count++;
            }
        }
        return count;
    }

    private static int formEvidence(String language, String words) {
        Pattern forms = FORMS.get(language);
        if (forms == null) {
            return 0;
        }
        int count = 0;
        for (Matcher matcher = forms.matcher(words); matcher.find(); ) {
            count++;
        }
        return count;
    }

    private static int letterEvidence(String language, String words) {
        String letters = LETTERS.getOrDefault(language, "");
        int count = 0;
        for (int i = 0; i < words.length(); i++) {
            if (letters.indexOf(words.charAt(i)) >= 0) {
                count++;
            }
        }
        return count;
    }
}
