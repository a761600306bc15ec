package io.ziar.nlp.pipeline.ner;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryIterator;
import morfologik.stemming.WordData;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language's {@link WordClasses} from a morphological dictionary on the training classpath (a
 * morfologik automaton, as LanguageTool publishes them), as its rules file
 * {@code /ner/word-classes-LANG.txt} says: the dictionary's resource, then {@code PATTERN<TAB>CLASS}
 * rules that turn a tag into a coarse class (the first whose pattern matches the whole tag). A form
 * gets the sorted, distinct classes of all its tags ("ADJ|SUB"). A language without a rules file has
 * none.
 */
final class DictionaryWordClasses {

    private record Rule(Pattern tag, String wordClass) {
    }

    private DictionaryWordClasses() {
    }

    static WordClasses of(String language) {
        String rulesFile = "/ner/word-classes-" + language + ".txt";
        try (InputStream rulesIn = DictionaryWordClasses.class.getResourceAsStream(rulesFile)) {
            if (rulesIn == null) {
                return WordClasses.NONE;
            }
            String dictionary = null;
            List<Rule> rules = new ArrayList<>();
            for (String line : new BufferedReader(new InputStreamReader(rulesIn, StandardCharsets.UTF_8)).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields[0].equals("dictionary")) {
                    dictionary = fields[1];
                } else {
                    rules.add(new Rule(Pattern.compile(fields[0]), fields[1]));
                }
            }
            if (dictionary == null) {
                throw new IllegalStateException(rulesFile + " names no dictionary");
            }
            return WordClasses.of(classesOfForms(dictionary, rules));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + rulesFile, e);
        }
    }

    private static Map<String, String> classesOfForms(String resource, List<Rule> rules) throws IOException {
        URL url = DictionaryWordClasses.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("dictionary " + resource + " is not on the training classpath");
        }
        Dictionary dictionary = Dictionary.read(url);
        Map<String, TreeSet<String>> classes = new HashMap<>();
        Map<String, String> classOfTag = new HashMap<>();
        DictionaryIterator entries = new DictionaryIterator(dictionary, dictionary.metadata.getDecoder(), true);
        while (entries.hasNext()) {
            WordData entry = entries.next();
            String tag = entry.getTag().toString();
            String wordClass = classOfTag.computeIfAbsent(tag, t -> classOf(t, rules));
            if (wordClass != null) {
                classes.computeIfAbsent(entry.getWord().toString(), f -> new TreeSet<>()).add(wordClass);
            }
        }
        Map<String, String> joined = new HashMap<>(classes.size() * 2);
        classes.forEach((form, ofForm) -> joined.put(form, String.join("|", ofForm)));
        return joined;
    }

    private static String classOf(String tag, List<Rule> rules) {
        for (Rule rule : rules) {
            Matcher matcher = rule.tag().matcher(tag);
            if (matcher.matches()) {
                return matcher.replaceFirst(rule.wordClass());
            }
        }
        return null;
    }
}
