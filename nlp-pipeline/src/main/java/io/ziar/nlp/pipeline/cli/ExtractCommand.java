package io.ziar.nlp.pipeline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ziar.nlp.pipeline.HtmlExtractor;
import io.ziar.nlp.pipeline.extract.NothingToExtractException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code ./ziar extract DIR}: main text and metadata of every DIR/*.html as one JSON object keyed by
 * file name without ".html". A page with nothing to extract gets an empty body and an "error".
 */
public final class ExtractCommand {

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ExtractCommand DIR");
            System.exit(2);
        }
        HtmlExtractor extractor = new HtmlExtractor();
        ObjectNode result = ExtractionJson.JSON.createObjectNode();
        for (Path file : htmlFiles(Path.of(args[0]))) {
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - ".html".length());
            try {
                result.set(id, ExtractionJson.of(extractor.extract(Files.readAllBytes(file), null, null)));
            } catch (NothingToExtractException e) {
                result.set(id, ExtractionJson.nothing(e.getMessage()));
            }
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println(ExtractionJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        out.flush();
    }

    static List<Path> htmlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".html")).sorted().toList();
        }
    }
}
