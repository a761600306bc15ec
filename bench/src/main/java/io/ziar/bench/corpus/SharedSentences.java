package io.ziar.bench.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The Romanian sentences of the shared RONEC files (every *.jsonl, their "text" fields), in file order. */
public final class SharedSentences {

    private static final int MIN_LENGTH = 40;

    private SharedSentences() {
    }

    public static List<String> load(Path ronec) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(ronec)) {
            return files.filter(file -> file.toString().endsWith(".jsonl")).sorted()
                    .flatMap(file -> lines(file).stream())
                    .map(line -> read(json, line))
                    .filter(text -> text.length() >= MIN_LENGTH && text.endsWith("."))
                    .toList();
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(ObjectMapper json, String line) {
        try {
            return json.readTree(line).path("text").asText("").strip();
        } catch (IOException e) {
            throw new UncheckedIOException("not a RONEC line: " + line, e);
        }
    }
}
