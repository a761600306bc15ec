package io.ziar.nlp.pipeline.langid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds the language-identification model from the character n-gram profiles (1- to 3-grams,
 * counted on Wikipedia by Nakatani Shuyo's langdetect) shipped in the Apache-2.0 Maven artifact
 * com.optimaize.languagedetector:language-detector:0.6. Counts are folded to lower case and rare
 * n-grams are dropped to keep the model small.
 *
 * <p>Usage: {@code ./ziar tool io.ziar.nlp.pipeline.langid.LanguageProfileImporter LANGUAGE_DETECTOR_JAR MODEL_FILE}
 */
public final class LanguageProfileImporter {

    /** Regional languages that only blur their big neighbours (Aragonese, Asturian, Occitan, ...). */
    private static final Set<String> LEFT_OUT = Set.of("an", "ast", "oc", "br", "ht", "zh-TW");
    private static final int MIN_COUNT = 30;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LanguageProfileImporter LANGUAGE_DETECTOR_JAR MODEL_FILE");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        List<String> languages = new ArrayList<>();
        List<long[]> totals = new ArrayList<>();
        Map<String, TreeMap<Integer, Long>> counts = new TreeMap<>();
        try (ZipFile jar = new ZipFile(args[0])) {
            List<? extends ZipEntry> profiles = jar.stream()
                    .filter(e -> e.getName().startsWith("languages/") && !e.isDirectory())
                    .sorted((a, b) -> a.getName().compareTo(b.getName()))
                    .toList();
            for (ZipEntry entry : profiles) {
                String language = entry.getName().substring("languages/".length());
                if (LEFT_OUT.contains(language)) {
                    continue;
                }
                JsonNode profile;
                try (InputStream in = jar.getInputStream(entry)) {
                    profile = json.readTree(in);
                }
                int index = languages.size();
                languages.add(language.equals("zh-CN") ? "zh" : language);
                JsonNode words = profile.get("n_words");
                totals.add(new long[]{words.get(0).asLong(), words.get(1).asLong(), words.get(2).asLong()});
                for (Iterator<Map.Entry<String, JsonNode>> it = profile.get("freq").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> gram = it.next();
                    String key = gram.getKey().toLowerCase(Locale.ROOT);
                    counts.computeIfAbsent(key, k -> new TreeMap<>()).merge(index, gram.getValue().asLong(), Long::sum);
                }
            }
        }
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(Path.of(args[1]))), StandardCharsets.UTF_8))) {
            for (int i = 0; i < languages.size(); i++) {
                long[] t = totals.get(i);
                out.write("@" + languages.get(i) + "\t" + t[0] + "\t" + t[1] + "\t" + t[2] + "\n");
            }
            for (Map.Entry<String, TreeMap<Integer, Long>> gram : counts.entrySet()) {
                StringBuilder line = new StringBuilder();
                gram.getValue().forEach((language, count) -> {
                    if (count >= MIN_COUNT) {
                        line.append('\t').append(language).append(':').append(count);
                    }
                });
                if (!line.isEmpty() && gram.getKey().indexOf('\t') < 0 && gram.getKey().indexOf('\n') < 0) {
                    out.write(gram.getKey() + line + "\n");
                }
            }
        }
        System.err.println(languages.size() + " languages: " + String.join(" ", languages));
    }
}
