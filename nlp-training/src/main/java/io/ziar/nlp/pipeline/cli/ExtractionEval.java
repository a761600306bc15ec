package io.ziar.nlp.pipeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.ziar.nlp.pipeline.HtmlExtractor;
import io.ziar.nlp.pipeline.eval.ShingleMetric;
import io.ziar.nlp.pipeline.eval.SnippetMetric;
import io.ziar.nlp.pipeline.eval.WordBagMetric;
import io.ziar.nlp.pipeline.eval.ShingleMetric.PageScore;
import io.ziar.nlp.pipeline.extract.NothingToExtractException;
import io.ziar.nlp.pipeline.extract.PageKindTrainer;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Scores main-text extraction on a benchmark directory with the benchmark's own metric, and times
 * our extractor on one thread (decode and parse included, files already in memory, after warm-up
 * rounds so that the figure is the JIT-compiled steady state a service sees). Pages per second are
 * given by the thread's CPU time, which other load on a shared machine does not inflate, and by wall
 * clock. Three layouts are read:
 * <ul>
 *   <li>the article-extraction benchmark ({@code html/ID.html}, {@code ground-truth.json}): its shingle F1;</li>
 *   <li>WCXB ({@code html/ID.html.gz}, {@code ground-truth/ID.json}, {@code metadata.json}): its word F1
 *       per page type and over all pages, and its must / must-not snippets;</li>
 *   <li>trafilatura's pages ({@code html/FILE.gz}, {@code expectations.json}): its segment precision,
 *       recall, accuracy and F.</li>
 * </ul>
 * The text scored is the extracted body (WCXB's main content leaves the title out too).
 *
 * <pre>
 * ExtractionEval DIR                      our extractor: the metrics, pages/s, slowest page
 * ExtractionEval DIR --predictions FILE   scores another extractor's output {"ID": {"articleBody": ...}} (first layout)
 * add --pages to list each page's precision and recall, worst first (first layout)
 * </pre>
 */
public final class ExtractionEval {

    private static final int WARM_UP_ROUNDS = 5;
    private static final int TIMED_ROUNDS = 10;
    /** The slower corpora (1,358 and 470 pages) are timed in fewer rounds. */
    private static final int LARGE_CORPUS_ROUNDS = 2;

    /** The row of the sites the page-kind model never saw: extraction that depends on the kind, measured fairly. */
    private static final String KEPT_ASIDE = "ALL, sites kept aside";

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ExtractionEval DIR [--predictions FILE] [--pages]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        List<String> options = List.of(args).subList(1, args.length);
        if (Files.exists(dir.resolve("metadata.json"))) {
            wcxb(dir, options.contains("--pages"));
            return;
        }
        if (Files.exists(dir.resolve("expectations.json"))) {
            trafilatura(dir);
            return;
        }
        Map<String, String> truth = bodies(ExtractionJson.JSON.readTree(dir.resolve("ground-truth.json").toFile()));
        int predictionsAt = options.indexOf("--predictions");
        Map<String, String> predicted;
        if (predictionsAt >= 0) {
            predicted = bodies(ExtractionJson.JSON.readTree(Path.of(options.get(predictionsAt + 1)).toFile()));
        } else {
            Map<String, byte[]> pages = new LinkedHashMap<>();
            for (String id : truth.keySet()) {
                pages.put(id, Files.readAllBytes(dir.resolve("html").resolve(id + ".html")));
            }
            predicted = runOurs(pages, WARM_UP_ROUNDS, TIMED_ROUNDS);
        }
        report(truth, predicted, options.contains("--pages"));
    }

    /** WCXB: word F1 averaged over pages, per page type and over all; must / must-not snippets; with perPage, each page's figures, worst first. */
    private static void wcxb(Path dir, boolean perPage) throws IOException {
        JsonNode metadata = ExtractionJson.JSON.readTree(dir.resolve("metadata.json").toFile());
        Map<String, byte[]> pages = new LinkedHashMap<>();
        Map<String, JsonNode> truth = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> page : (Iterable<Map.Entry<String, JsonNode>>) metadata::fields) {
            String id = page.getKey();
            pages.put(id, gunzip(dir.resolve("html").resolve(id + ".html.gz")));
            truth.put(id, ExtractionJson.JSON.readTree(dir.resolve("ground-truth").resolve(id + ".json").toFile()).path("ground_truth"));
        }
        Map<String, String> predicted = runOurs(pages, 1, LARGE_CORPUS_ROUNDS);
        WordBagMetric words = new WordBagMetric();
        Map<String, double[]> byType = new TreeMap<>();
        SnippetMetric snippets = new SnippetMetric();
        List<String> pageLines = new ArrayList<>();
        for (Map.Entry<String, JsonNode> page : truth.entrySet()) {
            String type = metadata.path(page.getKey()).path("page_type").asText("unknown");
            WordBagMetric.PageScore score = words.score(page.getValue().path("main_content").asText(""), predicted.get(page.getKey()));
            pageLines.add(String.format(Locale.ROOT, "%.3f %.3f %.3f %-13s %s", score.f1(), score.precision(), score.recall(), type, page.getKey()));
            String site = metadata.path(page.getKey()).path("domain").asText(page.getKey());
            List<String> keys = PageKindTrainer.isKeptAside(site) ? List.of(type, "ALL", KEPT_ASIDE) : List.of(type, "ALL");
            for (String key : keys) {
                double[] sums = byType.computeIfAbsent(key, k -> new double[4]);
                sums[0] += score.f1();
                sums[1] += score.precision();
                sums[2] += score.recall();
                sums[3]++;
            }
            snippets.add(predicted.get(page.getKey()), texts(page.getValue().path("with")), texts(page.getValue().path("without")));
        }
        System.out.printf(Locale.ROOT, "WCXB word F1 (mean over pages)%n%-22s %6s %6s %6s %6s%n", "page type", "F1", "P", "R", "pages");
        byType.forEach((type, sums) -> System.out.printf(Locale.ROOT, "%-22s %6.3f %6.3f %6.3f %6d%n", type, sums[0] / sums[3],
                sums[1] / sums[3], sums[2] / sums[3], (int) sums[3]));
        printSnippets("WCXB must / must-not snippets", snippets);
        if (perPage) {
            System.out.println("F1 P R type page");
            pageLines.stream().sorted().forEach(System.out::println);
        }
    }

    /** trafilatura's pages: segment precision, recall, accuracy and F over all pages. */
    private static void trafilatura(Path dir) throws IOException {
        JsonNode expectations = ExtractionJson.JSON.readTree(dir.resolve("expectations.json").toFile());
        Map<String, byte[]> pages = new LinkedHashMap<>();
        Map<String, JsonNode> expected = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> page : (Iterable<Map.Entry<String, JsonNode>>) expectations::fields) {
            String file = page.getValue().path("file").asText();
            Path html = dir.resolve("html").resolve(file.endsWith(".gz") ? file : file + ".gz");
            if (Files.exists(html)) {
                pages.put(page.getKey(), gunzip(html));
                expected.put(page.getKey(), page.getValue());
            }
        }
        Map<String, String> predicted = runOurs(pages, 1, LARGE_CORPUS_ROUNDS);
        SnippetMetric snippets = new SnippetMetric();
        expected.forEach((id, page) -> snippets.add(predicted.get(id), texts(page.path("with")), texts(page.path("without"))));
        printSnippets("trafilatura segments (" + expected.size() + " pages)", snippets);
    }

    private static void printSnippets(String name, SnippetMetric snippets) {
        System.out.printf(Locale.ROOT, "%s: precision %.3f  recall %.3f  accuracy %.3f  F %.3f  (%d segments)%n", name,
                snippets.precision(), snippets.recall(), snippets.accuracy(), snippets.f(), snippets.segments());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private static Map<String, String> runOurs(Map<String, byte[]> pages, int warmUpRounds, int timedRounds) {
        HtmlExtractor extractor = new HtmlExtractor();
        Map<String, String> predicted = new LinkedHashMap<>();
        for (int round = 0; round < warmUpRounds; round++) {
            pages.forEach((id, html) -> predicted.put(id, bodyOf(extractor, html)));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long bestWall = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        long slowest = 0;
        String slowestId = null;
        for (int round = 0; round < timedRounds; round++) {
            long wallStart = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (Map.Entry<String, byte[]> page : pages.entrySet()) {
                long start = System.nanoTime();
                bodyOf(extractor, page.getValue());
                long took = System.nanoTime() - start;
                if (took > slowest) {
                    slowest = took;
                    slowestId = page.getKey();
                }
            }
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpuStart);
            bestWall = Math.min(bestWall, System.nanoTime() - wallStart);
        }
        System.out.printf(Locale.ROOT, "ziar: %d pages on one thread, %.0f pages/s by CPU time, %.0f pages/s by wall clock "
                        + "(best of %d rounds after %d warm-up), slowest page %.1f ms wall (%s)%n", pages.size(),
                pages.size() / (bestCpu / 1e9), pages.size() / (bestWall / 1e9), timedRounds, warmUpRounds,
                slowest / 1e6, slowestId);
        return predicted;
    }

    private static String bodyOf(HtmlExtractor extractor, byte[] html) {
        try {
            return extractor.extract(html, null, null).body();
        } catch (NothingToExtractException e) {
            return "";
        }
    }

    private static void report(Map<String, String> truth, Map<String, String> predicted, boolean perPage) {
        ShingleMetric metric = new ShingleMetric();
        List<PageScore> scores = new ArrayList<>();
        Map<String, PageScore> byId = new LinkedHashMap<>();
        truth.forEach((id, body) -> {
            PageScore score = metric.score(body, predicted.getOrDefault(id, ""));
            scores.add(score);
            byId.put(id, score);
        });
        ShingleMetric.Result result = metric.average(scores);
        System.out.printf(Locale.ROOT, "F1 %.3f  precision %.3f  recall %.3f  (%d pages)%n",
                result.f1(), result.precision(), result.recall(), result.pages());
        if (perPage) {
            byId.entrySet().stream()
                    .sorted(Comparator.comparingDouble(entry -> Math.min(entry.getValue().precision(), entry.getValue().recall())))
                    .forEach(entry -> System.out.printf(Locale.ROOT, "  P %.3f  R %.3f  %s%n",
                            entry.getValue().precision(), entry.getValue().recall(), entry.getKey()));
        }
    }

    private static Map<String, String> bodies(JsonNode json) {
        Map<String, String> bodies = new LinkedHashMap<>();
        json.fields().forEachRemaining(entry -> bodies.put(entry.getKey(),
                entry.getValue().path("articleBody").asText("")));
        return bodies;
    }
}
