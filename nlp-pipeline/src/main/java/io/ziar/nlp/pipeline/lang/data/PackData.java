package io.ziar.nlp.pipeline.lang.data;

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

/**
 * What a language pack knows, as data: {@code /lang/LANG.txt}, sections headed {@code [name]}, each
 * a list of whitespace-separated items ({@code #} starts a comment). The sections a pack may have:
 * {@code abbreviations} (words whose period is not a sentence end), {@code proclitics} and
 * {@code enclitics} (the parts of hyphenated joins that are words of their own), {@code inflection-endings}
 * (stripped for the entity model's stem feature), {@code pronouns}, {@code name-particles}
 * ("von", "de"), {@code name-links} (small words inside the names of organisations and places: "din",
 * "of"; see {@link NameRules}), {@code not-names} (weekdays, months, sentence adverbs: never an entity on their own)
 * {@code roles} (titles that may stand before a name) and {@code contractions} (a word and the words it joins,
 * "do=de+o": the entity model reads them apart, as its training data writes them). Sections named {@code *-phrases} hold one
 * phrase a line: {@code teaser-phrases} (lines they open point to other pages: "Citește și", "Read
 * more"), {@code prompt-phrases} (calls to follow, subscribe, donate or comment), {@code furniture-phrases}
 * (lines that are only page furniture when they stand alone: "Publicitate", "Share"), {@code donation-phrases}
 * (words of a donation block), {@code credit-phrases} (what opens a photo credit: "Sursa foto:", "Photo:"),
 * {@code byline-phrases} (what opens a byline: "de", "By", "Von").
 * For quotes: {@code quote-marks} (each item an opening mark and a closing one: „” «»), {@code quote-dashes}
 * (dashes that open a line of direct speech), {@code reporting-verbs} (every form that reports speech:
 * "said", "a déclaré" -> "déclaré"), {@code auxiliaries} (words between a subject and such a verb: "a",
 * "hat"), {@code according-to-phrases} ("according to", "selon"), {@code subject-pronouns} (third-person
 * singular subjects: "he", "sie") and {@code determiners} ("the", "le"); {@code conjunctions} ("și", "and"), that
 * join two names into one mention the tagger should have made two. A section a pack does not have is empty.
 */
public final class PackData {

    private static final PackData NONE = new PackData("", Map.of());

    private final String language;
    private final Map<String, List<String>> sections;
    private final NameRules names;

    private PackData(String language, Map<String, List<String>> sections) {
        this.language = language;
        this.sections = sections;
        this.names = new NameRules(this);
    }

    /** The bundled data of a language (this package depends on no other of the pipeline, so that every stage may read it), or an empty pack's when there is none. */
    public static PackData bundled(String language) {
        String resource = "/lang/" + language + ".txt";
        try (InputStream in = PackData.class.getResourceAsStream(resource)) {
            return in == null ? NONE : new PackData(language, read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language pack " + resource, e);
        }
    }

    public static boolean exists(String language) {
        return PackData.class.getResource("/lang/" + language + ".txt") != null;
    }

    private static Map<String, List<String>> read(InputStream in) throws IOException {
        Map<String, List<String>> sections = new HashMap<>();
        List<String> items = null;
        boolean phrases = false;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            int comment = line.indexOf('#');
            String content = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (content.startsWith("[") && content.endsWith("]")) {
                String name = content.substring(1, content.length() - 1);
                items = sections.computeIfAbsent(name, s -> new ArrayList<>());
                phrases = name.endsWith("-phrases");
            } else if (!content.isEmpty() && items != null) {
                items.addAll(phrases ? List.of(content.replaceAll("\\s+", " ")) : List.of(content.split("\\s+")));
            }
        }
        sections.replaceAll((name, list) -> List.copyOf(list));
        return Map.copyOf(sections);
    }

    public String language() {
        return language;
    }

    /** What the pack's data says about names: the one place every stage asks whether a mention is one. */
    public NameRules names() {
        return names;
    }

    /** A section's items in file order. */
    public List<String> list(String section) {
        return sections.getOrDefault(section, List.of());
    }

    /** The {@code contractions} section: each contracted word, lower-cased, and the words it joins ("do" -> [de, o]). */
    public Map<String, List<String>> contractions() {
        Map<String, List<String>> contractions = new HashMap<>();
        for (String item : list("contractions")) {
            int equals = item.indexOf('=');
            contractions.put(item.substring(0, equals).toLowerCase(Locale.ROOT), List.of(item.substring(equals + 1).split("\\+")));
        }
        return contractions;
    }

    /** A section's items, lower-cased, as a set. */
    public Set<String> lowerCaseSet(String section) {
        Set<String> set = new HashSet<>();
        for (String item : list(section)) {
            set.add(item.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(set);
    }
}
