package io.ziar.nlp.pipeline.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The RONEC files of the shared data ({@code v2-train.jsonl}, {@code v1-train.jsonl}) and the fixed
 * split of v2 into the part we train on and the part kept aside for dev figures.
 */
public final class RonecCorpus {

    /** The name of the v2 corpus among the training corpora. */
    static final String V2 = "v2";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** One v2 sentence in this many goes to dev, chosen by a stable hash of its id. */
    private static final int DEV_ONE_IN = 7;

    private final Path directory;

    public RonecCorpus(Path directory) {
        this.directory = directory;
    }

    public List<AnnotatedSentence> v2Train() {
        return read("v2-train.jsonl").stream().filter(s -> !isDev(s)).toList();
    }

    public List<AnnotatedSentence> v2Dev() {
        return read("v2-train.jsonl").stream().filter(RonecCorpus::isDev).toList();
    }

    public List<AnnotatedSentence> v1() {
        return read("v1-train.jsonl");
    }

    /** A sentence's text reduced to its lower-case letters and digits, cedillas as commas: equal for copies of one sentence. */
    static String textKey(String text) {
        StringBuilder key = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit)
                .map(c -> c == 'ş' ? 'ș' : c == 'ţ' ? 'ț' : c).forEach(key::appendCodePoint);
        return key.toString();
    }

    static boolean isDev(AnnotatedSentence sentence) {
        return Math.floorMod(sentence.id().hashCode(), DEV_ONE_IN) == 0;
    }

    private List<AnnotatedSentence> read(String name) {
        List<AnnotatedSentence> sentences = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(directory.resolve(name), StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    sentences.add(parse(JSON.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory.resolve(name), e);
        }
        return sentences;
    }

    private static AnnotatedSentence parse(JsonNode node) {
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode entity : node.path("entities")) {
            mentions.add(new Mention(entity.get("start").asInt(), entity.get("end").asInt(), entity.get("label").asText()));
        }
        return new AnnotatedSentence(node.get("id").asText(), node.get("text").asText(), mentions);
    }
}
