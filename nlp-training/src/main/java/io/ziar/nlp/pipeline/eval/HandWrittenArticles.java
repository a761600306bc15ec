package io.ziar.nlp.pipeline.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Short hand-written articles with what the pipeline should find in them, one file per language
 * ({@code /DIR/LANG.txt} in this module): articles after a {@code ===} line, paragraphs parted by a
 * blank line, each expectation on a line starting {@code > } (its fields parted by {@code |}), comments
 * on lines starting {@code #}.
 */
public final class HandWrittenArticles {

    public record Article(List<String> paragraphs, List<List<String>> expected) {
    }

    private HandWrittenArticles() {
    }

    public static List<Article> read(String directory, String language) {
        String resource = "/" + directory + "/" + language + ".txt";
        try (InputStream in = HandWrittenArticles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no evaluation cases " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Article> parse(String text) {
        List<Article> articles = new ArrayList<>();
        for (String block : text.split("(?m)^===.*$")) {
            List<String> paragraphs = new ArrayList<>();
            List<List<String>> expected = new ArrayList<>();
            StringBuilder paragraph = new StringBuilder();
            for (String line : (block + "\n\n").split("\n", -1)) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("> ")) {
                    expected.add(List.of(line.substring(2).split("\\|", -1)).stream().map(String::strip).toList());
                } else if (line.isBlank()) {
                    if (!paragraph.isEmpty()) {
                        paragraphs.add(paragraph.toString().strip());
                        paragraph.setLength(0);
                    }
                } else {
                    paragraph.append(line).append(' ');
                }
            }
            if (!paragraphs.isEmpty()) {
                articles.add(new Article(paragraphs, expected));
            }
        }
        return articles;
    }

    /** {@code part / whole} with three decimals, "-" for nothing to divide by. */
    public static String ratio(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) part / whole);
    }

    /** Prints one case the pipeline got wrong, when asked to ({@code --misses}). */
    public static void miss(boolean print, String language, String what) {
        if (print) {
            System.out.println("  " + language + " " + what);
        }
    }

    /** The languages named on the command line (its words not starting "--"), else {@code all}. */
    public static List<String> languages(String[] args, List<String> all) {
        List<String> named = List.of(args).stream().filter(arg -> !arg.startsWith("--")).toList();
        return named.isEmpty() ? all : named;
    }
}
