package io.ziar.nlp.pipeline.ner;

import io.ziar.nlp.pipeline.collect.LongIntMap;

import java.util.ArrayList;
import java.util.HashMap;
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

    /** The tables loaded so far: every model carries the same lists, and models loaded side by side share one copy. */
    private static final List<Map<String, String>> LOADED = new ArrayList<>();

    private final Map<String, String> classesOfName;
    /** Stems by a 64-bit hash, to an index of {@link #stemClasses}: a tenth of the memory of a map of strings. */
    private final LongIntMap classesOfStem;
    private final List<String> stemClasses = new ArrayList<>();
    private final Starts phraseStarts = new Starts();

    NameLists(Map<String, String> classesOfName, UnaryOperator<String> stem) {
        this.classesOfName = shared(classesOfName);
        Map<String, String> ofStem = new HashMap<>();
        classesOfName.forEach((name, classes) -> {
            String[] words = name.split(" ");
            if (words.length >= 2) {
                phraseStarts.add(words[0], words[1]);
            } else {
                ofStem.merge(stem.apply(name), classes, NameLists::union);
            }
        });
        classesOfStem = new LongIntMap(ofStem.size());
        Map<String, Integer> indexOfClasses = new HashMap<>();
        ofStem.forEach((stemOfName, classes) -> classesOfStem.put(NerFeatures.hashOf(stemOfName), indexOfClasses.computeIfAbsent(classes, c -> {
            stemClasses.add(BY_STEM + c);
            return stemClasses.size() - 1;
        })));
    }

    /** The classes of a lower-cased word, those of a name sharing its stem (as the model's resources take it), or {@link #UNKNOWN}. */
    String classes(String lowerCaseWord, String stemOfWord) {
        String classes = classesOfName.get(lowerCaseWord);
        if (classes != null) {
            return classes;
        }
        int ofStem = classesOfStem.get(NerFeatures.hashOf(stemOfWord));
        return LongIntMap.isMissing(ofStem) ? UNKNOWN : stemClasses.get(ofStem);
    }

    private static synchronized Map<String, String> shared(Map<String, String> table) {
        for (Map<String, String> loaded : LOADED) {
            if (loaded.equals(table)) {
                return loaded;
            }
        }
        LOADED.add(table);
        return table;
    }

    private static String union(String a, String b) {
        Set<String> classes = new TreeSet<>(List.of(a.split("\\|")));
        classes.addAll(List.of(b.split("\\|")));
        return String.join("|", classes);
    }

    @Override
    public boolean startsPhrase(String first, String second) {
        return phraseStarts.contain(first, second);
    }

    @Override
    public String phraseLabel(List<String> words) {
        return classesOfName.get(String.join(" ", words).toLowerCase(Locale.ROOT));
    }

    Map<String, String> entries() {
        return classesOfName;
    }
}
