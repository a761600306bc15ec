package io.ziar.nlp.pipeline.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Names from open lists, beside what the training data taught: given names, surnames, cities,
 * regions, countries and company forms, lower-cased, with their classes ("köhler" -> "surname",
 * "wales" -> "city|region", "são paulo" -> "city"). A name the annotated sentences never held is still
 * known to be one. An inflected form finds its name through the language's stem ("Bremerhavens" ->
 * "bremerhaven", "Путина" -> "путин"), marked so that the model can weigh that apart. Built by
 * {@code nlp-training/name-lists}; a model carries its copy ({@link FeatureResources}).
 */
final class NameLists implements PhraseLookup {

    static final String UNKNOWN = "-";
    static final int MAX_PHRASE_WORDS = 4;
    private static final String BY_STEM = "~";

    private final Map<String, String> classesOfName;
    private final Map<String, String> classesOfStem = new HashMap<>();
    private final Set<String> phraseStarts = new HashSet<>();

    NameLists(Map<String, String> classesOfName, UnaryOperator<String> stem) {
        this.classesOfName = classesOfName;
        classesOfName.forEach((name, classes) -> {
            int space = name.indexOf(' ');
            if (space > 0) {
                phraseStarts.add(name.substring(0, space));
            } else {
                classesOfStem.merge(stem.apply(name), classes, NameLists::union);
            }
        });
    }

    /** The classes of a lower-cased word, those of a name sharing its stem (as the model's resources take it), or {@link #UNKNOWN}. */
    String classes(String lowerCaseWord, String stemOfWord) {
        String classes = classesOfName.get(lowerCaseWord);
        if (classes != null) {
            return classes;
        }
        String ofStem = classesOfStem.get(stemOfWord);
        return ofStem == null ? UNKNOWN : BY_STEM + ofStem;
    }

    private static String union(String a, String b) {
        Set<String> classes = new TreeSet<>(List.of(a.split("\\|")));
        classes.addAll(List.of(b.split("\\|")));
        return String.join("|", classes);
    }

    @Override
    public boolean startsPhrase(String lowerCaseWord) {
        return phraseStarts.contains(lowerCaseWord);
    }

    @Override
    public String phraseLabel(List<String> words) {
        if (!startsPhrase(words.get(0).toLowerCase(Locale.ROOT))) {
            return null;
        }
        return classesOfName.get(String.join(" ", words).toLowerCase(Locale.ROOT));
    }

    Map<String, String> entries() {
        return classesOfName;
    }
}
