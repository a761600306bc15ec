package io.ziar.nlp.pipeline.ner;

import io.ziar.nlp.pipeline.tokens.RomanianBaseForms;
import io.ziar.nlp.pipeline.lang.data.NameRules;
import io.ziar.nlp.pipeline.lang.data.PackData;
import io.ziar.nlp.pipeline.tokens.Lemmatizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrections that need the whole article, which the sentence-level tagger cannot see: a name and
 * the acronym bracketed after it are two mentions, and an acronym bracketed after an organisation's
 * name is an organisation too; a name in
 * apposition to a role is a PERSON ("omologului său malian, Abdoulaye Diop"); a surname repeated
 * later is the person it belonged to ("Lavrov", "Diop"); a proper name takes the label it has most
 * often in the article, also where the tagger missed it; country and capital names are GPE, so are
 * places the tagger calls LOC that are cities of 100,000 people or more (models trained on data
 * that has only LOC, such as Universal NER's, leave the difference to this list), and
 * the names of well-known organisations and media are ORG.
 */
public final class DocumentConsistency {

    static final String PLACES = "/models/places.txt";
    static final String ORGANISATIONS = "/models/organisations.txt";
    static final String CITIES = "/models/cities.txt";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N}'’.-]*");
    private static final Set<String> NAME_LABELS = Set.of("PERSON", "ORG", "GPE", "LOC");
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
    /** After a role: a few lower-case words, a comma, then one to four capitalised words. */
    private static final Pattern APPOSITION = Pattern.compile(
            "^(?:\\s+\\p{Ll}[\\p{L}\\p{M}]*){0,3},\\s+(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3})(?=[\\s,.;:)]|$)");

    /**
     * After an organisation's name, perhaps the rest of a longer name the tagger cut short ("Alianței
     * Statelor| din Sahel (AES)"), then its acronym in brackets.
     */
    private static final Pattern ACRONYM_AFTER = Pattern.compile(
            "^(?:\\s+(?:(?:din|de|a|al|ale|și|pentru|la)\\s+)?" + NAME_WORD + "){0,4}\\s*\\((\\p{Lu}[\\p{Lu}\\d&.-]{1,9})\\)");

    private static final Pattern BRACKETED_ACRONYM = Pattern.compile("\\s*\\((\\p{Lu}[\\p{Lu}\\d&.-]{1,9})\\)$");

    private final Set<String> places;
    private final Set<String> cities;
    private final Set<String> organisations;
    private final RomanianBaseForms baseForms;

    private DocumentConsistency(Set<String> places, Set<String> cities, Set<String> organisations, RomanianBaseForms baseForms) {
        this.places = places;
        this.cities = cities;
        this.organisations = organisations;
        this.baseForms = baseForms;
    }

    /** The bundled name lists; inflected Romanian place names are looked up in their nominative. */
    public static DocumentConsistency bundled(Lemmatizer lemmatizer) {
        return new DocumentConsistency(names(PLACES), names(CITIES), names(ORGANISATIONS), new RomanianBaseForms(lemmatizer));
    }

    private static Set<String> names(String resource) {
        try (InputStream in = DocumentConsistency.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            Set<String> names = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> names.add(line.strip()));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The document's mentions corrected; {@code pack} gives the conjunctions that join two names. */
    public List<Mention> apply(String body, List<Mention> mentions, PackData pack) {
        Set<String> conjunctions = pack.lowerCaseSet("conjunctions");
        NameRules names = pack.names();
        MentionSet result = new MentionSet();
        for (Mention mention : mentions) {
            for (Mention part : splitAtConjunction(body, mention, conjunctions)) {
                splitBracketedAcronym(body, part).forEach(result::put);
            }
        }
        for (Mention mention : result.toList()) {
            if (mention.label().equals("ORG")) {
                Matcher acronym = ACRONYM_AFTER.matcher(body).region(mention.end(), Math.min(body.length(), mention.end() + 120));
                acronym.useAnchoringBounds(true);
                if (acronym.lookingAt() && result.overlapping(acronym.start(1), acronym.end(1)).isEmpty()) {
                    result.put(new Mention(acronym.start(1), acronym.end(1), "ORG"));
                }
            }
        }
        for (Mention mention : result.toList()) {
            if (mention.label().equals("PERSON")) {
                Matcher apposition = APPOSITION.matcher(body).region(mention.end(), Math.min(body.length(), mention.end() + 120));
                apposition.useAnchoringBounds(true);
                if (apposition.lookingAt()) {
                    result.put(new Mention(apposition.start(1), apposition.end(1), "PERSON"));
                }
            }
        }
        for (Mention mention : result.toList()) {
            String text = body.substring(mention.start(), mention.end());
            boolean place = places.contains(text) || places.contains(baseForms.baseForm(text, "GPE"))
                    || mention.label().equals("LOC") && cities.contains(text);
            if (place && !mention.label().equals("GPE")) {
                result.put(new Mention(mention.start(), mention.end(), "GPE"));
            }
        }
        Map<String, String> labelOfName = majorityLabels(body, result.toList(), names);
        for (Mention mention : result.toList()) {
            String[] words = WHITESPACE.split(body.substring(mention.start(), mention.end()));
            if (mention.label().equals("PERSON") && words.length >= 2 && isProperName(body, mention, names)) {
                labelOfName.put(words[words.length - 1], "PERSON");
            }
        }
        for (String organisation : organisations) {
            labelOfName.put(organisation, "ORG");
        }
        Map<String, List<Integer>> wordStarts = wordStarts(body);
        labelOfName.forEach((name, label) -> markAll(body, wordStarts, name, label, result, names));
        return result.toList();
    }

    /** Where each word of the body starts, so that names are found without scanning the body once per name. */
    private static Map<String, List<Integer>> wordStarts(String body) {
        Map<String, List<Integer>> starts = new HashMap<>();
        int i = 0;
        while (i < body.length()) {
            if (!Character.isLetterOrDigit(body.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < body.length() && Character.isLetterOrDigit(body.charAt(i))) {
                i++;
            }
            starts.computeIfAbsent(body.substring(start, i), w -> new ArrayList<>()).add(start);
        }
        return starts;
    }

    /**
     * Every whole-word occurrence of the name becomes a mention with the label, unless a longer
     * proper name covers it ("Richard Wagner" stays a person when "Wagner" is an organisation).
     */
    private static void markAll(String body, Map<String, List<Integer>> wordStarts, String name, String label, MentionSet mentions,
                                NameRules names) {
        int firstWordEnd = 0;
        while (firstWordEnd < name.length() && Character.isLetterOrDigit(name.charAt(firstWordEnd))) {
            firstWordEnd++;
        }
        for (int at : wordStarts.getOrDefault(name.substring(0, firstWordEnd), List.of())) {
            int end = at + name.length();
            if (!body.startsWith(name, at) || end < body.length() && Character.isLetterOrDigit(body.charAt(end))) {
                continue;
            }
            boolean insideLonger = mentions.overlapping(at, end).stream().anyMatch(m -> m.start() <= at && end <= m.end()
                    && m.end() - m.start() > name.length() && (m.label().equals(label) || isProperName(body, m, names)));
            if (!insideLonger) {
                mentions.put(new Mention(at, end, label));
            }
        }
    }

    /** "Alianței Statelor din Sahel (AES)" is two mentions of one label: the name and its acronym. */
    /**
     * Two names joined by a conjunction are two mentions ("Ministerul Justiției și Ministerul de
     * Interne", "Romania and Bulgaria"), unless the whole is one known name ("Bosnia și Herțegovina").
     * Organisations split only when both sides have two words or more, as a one-word pair is often
     * one name ("Marks and Spencer").
     */
    private List<Mention> splitAtConjunction(String body, Mention mention, Set<String> conjunctions) {
        String text = body.substring(mention.start(), mention.end());
        if (!NAME_LABELS.contains(mention.label()) || places.contains(text) || organisations.contains(text)) {
            return List.of(mention);
        }
        Matcher words = WORD.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (words.find()) {
            spans.add(new int[]{words.start(), words.end()});
        }
        for (int k = 1; k + 1 < spans.size(); k++) {
            String word = text.substring(spans.get(k)[0], spans.get(k)[1]);
            boolean joins = conjunctions.contains(word.toLowerCase(Locale.ROOT))
                    && Character.isUpperCase(text.charAt(spans.get(k - 1)[0])) && Character.isUpperCase(text.charAt(spans.get(k + 1)[0]));
            boolean longEnough = !mention.label().equals("ORG") || k >= 2 && spans.size() - k - 1 >= 2;
            if (joins && longEnough) {
                Mention left = new Mention(mention.start(), mention.start() + spans.get(k - 1)[1], mention.label());
                Mention right = new Mention(mention.start() + spans.get(k + 1)[0], mention.end(), mention.label());
                List<Mention> parts = new ArrayList<>(splitAtConjunction(body, left, conjunctions));
                parts.addAll(splitAtConjunction(body, right, conjunctions));
                return parts;
            }
        }
        return List.of(mention);
    }

    private static List<Mention> splitBracketedAcronym(String body, Mention mention) {
        String text = body.substring(mention.start(), mention.end());
        Matcher acronym = BRACKETED_ACRONYM.matcher(text);
        if (!acronym.find()) {
            return List.of(mention);
        }
        int nameEnd = mention.start() + acronym.start();
        while (nameEnd > mention.start() && Character.isWhitespace(body.charAt(nameEnd - 1))) {
            nameEnd--;
        }
        return List.of(new Mention(mention.start(), nameEnd, mention.label()),
                new Mention(mention.start() + acronym.start(1), mention.start() + acronym.end(1), mention.label()));
    }

    /** Proper-name mentions' text -> the label given to it most often. */
    private static Map<String, String> majorityLabels(String body, List<Mention> mentions, NameRules names) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (Mention mention : mentions) {
            if (isProperName(body, mention, names)) {
                votes.computeIfAbsent(body.substring(mention.start(), mention.end()), n -> new HashMap<>()).merge(mention.label(), 1, Integer::sum);
            }
        }
        Map<String, String> labels = new HashMap<>();
        votes.forEach((name, counts) -> labels.put(name, Gazetteer.mostFrequent(counts).getKey()));
        return labels;
    }

    private static boolean isProperName(String body, Mention mention, NameRules names) {
        return names.isWrittenAsName(body.substring(mention.start(), mention.end()));
    }
}
