package io.ziar.nlp.pipeline.ner;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ziar.nlp.pipeline.Extraction;
import io.ziar.nlp.pipeline.HtmlExtractor;
import io.ziar.nlp.pipeline.langid.LanguageIdentifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A language's unlabelled text in the shared data, for its word clusters: the training sentences of
 * its entity corpora (never their dev sentences), the gold main text of the WCXB pages, and the main
 * text of the other extraction pages, each page taken when the language identifier says it is in
 * the language.
 */
final class UnlabelledText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UnlabelledText() {
    }

    static List<String> of(String language, Path data) {
        List<String> lines = new ArrayList<>();
        TrainingCorpus.of(language, data, false).train().values().forEach(s -> s.forEach(sentence -> lines.add(sentence.text())));
        int fromCorpora = lines.size();
        LanguageIdentifier languages = LanguageIdentifier.bundled();
        HtmlExtractor extractor = new HtmlExtractor();
        Path extraction = data.resolve("extraction");
        for (Path page : files(extraction.resolve("wcxb-dev/ground-truth"), ".json")) {
            try {
                String text = JSON.readTree(page.toFile()).path("ground_truth").path("main_content").asText("");
                addIfInLanguage(text, language, languages, lines);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + page, e);
            }
        }
        for (String folder : List.of("trafilatura-dev/html", "dev")) {
            for (Path page : files(extraction.resolve(folder), ".html.gz", ".html")) {
                Extraction extracted;
                try {
                    extracted = extractor.extract(html(page), null, null);
                } catch (RuntimeException unreadable) {
                    continue;
                }
                addIfInLanguage(extracted.body(), language, languages, lines);
            }
        }
        System.err.printf("%s: %d corpus sentences, %d paragraphs of pages%n", language, fromCorpora, lines.size() - fromCorpora);
        return lines;
    }

    private static void addIfInLanguage(String text, String language, LanguageIdentifier languages, List<String> lines) {
        if (!text.isBlank() && languages.identify(text).equals(language)) {
            for (String paragraph : text.split("\n+")) {
                if (!paragraph.isBlank()) {
                    lines.add(paragraph.strip());
                }
            }
        }
    }

    private static byte[] html(Path page) {
        try (InputStream in = Files.newInputStream(page)) {
            return page.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page, e);
        }
    }

    private static List<Path> files(Path directory, String... suffixes) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> Stream.of(suffixes).anyMatch(s -> f.toString().endsWith(s))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
