package io.ziar.nlp.pipeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.ziar.nlp.pipeline.HtmlExtractor;
import io.ziar.nlp.pipeline.eval.ShingleMetric;
import io.ziar.nlp.pipeline.eval.ShingleMetric.PageScore;
import io.ziar.nlp.pipeline.extract.NothingToExtractException;

import java.io.IOException;
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

/**
 * Scores main-text extraction on a benchmark directory (html/ID.html and ground-truth.json) with the
 * benchmark's metric, and times our extractor on one thread (decode and parse included, files already
 * in memory, after warm-up rounds so that the figure is the JIT-compiled steady state a service sees).
 * Pages per second are given by the thread's CPU time, which other load on a shared machine does not
 * inflate, and by wall clock.
 *
 * <pre>
 * ExtractionEval DIR                      our extractor: F1, precision, recall, pages/s, slowest page
 * ExtractionEval DIR --predictions FILE   scores another extractor's output {"ID": {"articleBody": ...}}
 * add --pages to list each page's precision and recall, worst first
 * </pre>
 */
public final class ExtractionEval {

    private static final int WARM_UP_ROUNDS = 5;
    private static final int TIMED_ROUNDS = 10;

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ExtractionEval DIR [--predictions FILE] [--pages]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        List<String> options = List.of(args).subList(1, args.length);
        Map<String, String> truth = bodies(ExtractionJson.JSON.readTree(dir.resolve("ground-truth.json").toFile()));
        int predictionsAt = options.indexOf("--predictions");
        Map<String, String> predicted = predictionsAt >= 0
                ? bodies(ExtractionJson.JSON.readTree(Path.of(options.get(predictionsAt + 1)).toFile()))
                : runOurs(dir.resolve("html"), truth);
        report(truth, predicted, options.contains("--pages"));
    }

    private static Map<String, String> runOurs(Path htmlDir, Map<String, String> truth) throws IOException {
        Map<String, byte[]> pages = new LinkedHashMap<>();
        for (String id : truth.keySet()) {
            pages.put(id, Files.readAllBytes(htmlDir.resolve(id + ".html")));
        }
        HtmlExtractor extractor = new HtmlExtractor();
        Map<String, String> predicted = new LinkedHashMap<>();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            pages.forEach((id, html) -> predicted.put(id, bodyOf(extractor, html)));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long bestWall = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        long slowest = 0;
        String slowestId = null;
        for (int round = 0; round < TIMED_ROUNDS; round++) {
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
                pages.size() / (bestCpu / 1e9), pages.size() / (bestWall / 1e9), TIMED_ROUNDS, WARM_UP_ROUNDS,
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
