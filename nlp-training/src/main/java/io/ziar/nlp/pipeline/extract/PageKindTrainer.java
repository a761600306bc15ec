package io.ziar.nlp.pipeline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ziar.contracts.PageKind;
import io.ziar.nlp.pipeline.HtmlExtractor;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Trains the page-kind model ({@link PageKindModel}) on WCXB's development pages, whose page types
 * are its labels, and the article-extraction benchmark's pages (all articles, news). One site in five
 * (by a hash of its domain) is kept aside: the model is trained on the rest, its article floor chosen
 * by cross-validation on the rest, and the figures printed are those of the pages kept aside, plus
 * the share of trafilatura's pages (unlabelled, articles mostly) taken for each kind.
 *
 * <pre>
 * PageKindTrainer [--shared DIR]              dev figures, nothing written
 * PageKindTrainer [--shared DIR] --out FILE   trains on every page and writes the model
 * </pre>
 */
public final class PageKindTrainer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PageKind[] KINDS = PageKind.values();
    private static final int HELD_OUT_ONE_IN = 5;
    private static final int FOLDS = 5;
    private static final int EPOCHS = 400;
    private static final double LEARNING_RATE = 0.5;
    private static final double L2 = 1e-2;
    /** A signal seen on fewer training pages than this gets no weight: too rare to generalise. */
    private static final int MIN_PAGES = 4;
    /** The floor keeps at least this share of the cross-validated training articles as articles. */
    private static final double ARTICLE_RECALL = 0.99;

    record Page(String id, String site, PageKind kind, Map<String, Double> signals) {
    }

    public static void main(String[] args) throws IOException {
        List<String> options = List.of(args);
        Path shared = Path.of(option(options, "--shared", "../shared/data"));
        String out = option(options, "--out", null);
        HtmlExtractor extractor = new HtmlExtractor(PageKindModel.articlesOnly());
        List<Page> pages = new ArrayList<>(wcxb(shared.resolve("extraction/wcxb-dev"), extractor));
        pages.addAll(benchmark(shared.resolve("extraction/dev"), extractor));
        if (out != null) {
            double floor = crossValidatedFloor(pages);
            PageKindModel model = train(pages, floor);
            try (Writer writer = Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8)) {
                model.write(writer, List.of("Page kinds: a linear model over PageSignals, trained by",
                        "./ziar tool io.ziar.nlp.pipeline.extract.PageKindTrainer --out nlp-pipeline/src/main/resources/models/page-kinds.tsv",
                        "on WCXB's development pages (CC BY 4.0, Murrough Foley) and the article-extraction benchmark's pages.",
                        "Trained on " + pages.size() + " pages; article floor by " + FOLDS + "-fold cross-validation."));
            }
            System.out.printf(Locale.ROOT, "wrote %s: %d pages, floor %.3f%n", out, pages.size(), floor);
            return;
        }
        List<Page> training = pages.stream().filter(page -> !isKeptAside(page.site())).toList();
        List<Page> kept = pages.stream().filter(page -> isKeptAside(page.site())).toList();
        double floor = crossValidatedFloor(training);
        PageKindModel model = train(training, floor);
        System.out.printf(Locale.ROOT, "trained on %d pages, %d kept aside (one site in %d); article floor %.3f%n",
                training.size(), kept.size(), HELD_OUT_ONE_IN, floor);
        report("kept-aside pages", kept, model);
        Map<PageKind, Integer> trafilatura = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> page : trafilaturaPages(shared.resolve("extraction/trafilatura-dev")).entrySet()) {
            Map<String, Double> signals = signals(extractor, page.getValue(), page.getKey());
            if (signals != null) {
                trafilatura.merge(model.classify(signals), 1, Integer::sum);
            }
        }
        System.out.println("trafilatura's pages (unlabelled, mostly articles) taken for: " + trafilatura);
    }

    /** Whether the model never sees a site's pages in training (the extraction evaluation reports them apart). */
    public static boolean isKeptAside(String site) {
        return Math.floorMod(site.hashCode(), HELD_OUT_ONE_IN) == 0;
    }

    private static void report(String name, List<Page> pages, PageKindModel model) {
        int[][] confusion = new int[KINDS.length][KINDS.length];
        for (Page page : pages) {
            confusion[page.kind().ordinal()][model.classify(page.signals()).ordinal()]++;
        }
        int right = 0;
        for (int kind = 0; kind < KINDS.length; kind++) {
            right += confusion[kind][kind];
        }
        int article = PageKind.ARTICLE.ordinal();
        int articles = 0;
        int takenForArticles = 0;
        for (int kind = 0; kind < KINDS.length; kind++) {
            articles += confusion[article][kind];
            takenForArticles += confusion[kind][article];
        }
        System.out.printf(Locale.ROOT, "%s: %d pages, accuracy %.3f; article recall %.3f, precision %.3f%n", name,
                pages.size(), right / (double) pages.size(), confusion[article][article] / (double) Math.max(1, articles),
                confusion[article][article] / (double) Math.max(1, takenForArticles));
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-14s", "gold \\ taken"));
        for (PageKind kind : KINDS) {
            header.append(String.format(Locale.ROOT, "%6.6s", kind.name().toLowerCase(Locale.ROOT)));
        }
        System.out.println(header);
        for (int gold = 0; gold < KINDS.length; gold++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-14s", KINDS[gold].name().toLowerCase(Locale.ROOT)));
            for (int taken = 0; taken < KINDS.length; taken++) {
                line.append(String.format(Locale.ROOT, "%6d", confusion[gold][taken]));
            }
            System.out.println(line);
        }
    }

    /** The highest floor that keeps {@link #ARTICLE_RECALL} of the articles, judged on models that never saw them. */
    private static double crossValidatedFloor(List<Page> pages) {
        List<Double> articleProbabilities = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            int held = fold;
            List<Page> training = pages.stream().filter(page -> fold(page) != held).toList();
            PageKindModel model = train(training, 0.5);
            for (Page page : pages) {
                if (fold(page) == held && page.kind() == PageKind.ARTICLE) {
                    articleProbabilities.add(model.probabilities(page.signals())[PageKind.ARTICLE.ordinal()]);
                }
            }
        }
        articleProbabilities.sort(null);
        int lost = (int) Math.floor(articleProbabilities.size() * (1 - ARTICLE_RECALL));
        return Math.min(0.5, articleProbabilities.get(lost));
    }

    private static int fold(Page page) {
        return Math.floorMod(page.site().hashCode() / HELD_OUT_ONE_IN, FOLDS);
    }

    /** Multinomial logistic regression by full-batch gradient descent with AdaGrad steps and an L2 penalty. */
    static PageKindModel train(List<Page> pages, double floor) {
        Map<String, Integer> seen = new HashMap<>();
        pages.forEach(page -> page.signals().keySet().forEach(name -> seen.merge(name, 1, Integer::sum)));
        Map<String, Integer> index = new HashMap<>();
        seen.forEach((name, count) -> {
            if (count >= MIN_PAGES || name.equals("bias")) {
                index.put(name, index.size());
            }
        });
        int[][] features = new int[pages.size()][];
        double[][] values = new double[pages.size()][];
        for (int i = 0; i < pages.size(); i++) {
            List<Map.Entry<String, Double>> kept = pages.get(i).signals().entrySet().stream()
                    .filter(entry -> index.containsKey(entry.getKey())).toList();
            features[i] = kept.stream().mapToInt(entry -> index.get(entry.getKey())).toArray();
            values[i] = kept.stream().mapToDouble(Map.Entry::getValue).toArray();
        }
        double[][] weights = new double[index.size()][KINDS.length];
        double[][] squares = new double[index.size()][KINDS.length];
        double[] scores = new double[KINDS.length];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            double[][] gradient = new double[index.size()][KINDS.length];
            for (int i = 0; i < pages.size(); i++) {
                java.util.Arrays.fill(scores, 0);
                for (int f = 0; f < features[i].length; f++) {
                    for (int kind = 0; kind < KINDS.length; kind++) {
                        scores[kind] += weights[features[i][f]][kind] * values[i][f];
                    }
                }
                PageKindModel.softmax(scores);
                int gold = pages.get(i).kind().ordinal();
                for (int f = 0; f < features[i].length; f++) {
                    for (int kind = 0; kind < KINDS.length; kind++) {
                        gradient[features[i][f]][kind] += (scores[kind] - (kind == gold ? 1 : 0)) * values[i][f];
                    }
                }
            }
            for (int f = 0; f < weights.length; f++) {
                for (int kind = 0; kind < KINDS.length; kind++) {
                    double step = gradient[f][kind] / pages.size() + L2 * weights[f][kind];
                    squares[f][kind] += step * step;
                    weights[f][kind] -= LEARNING_RATE * step / (Math.sqrt(squares[f][kind]) + 1e-8);
                }
            }
        }
        Map<String, double[]> named = new HashMap<>();
        index.forEach((name, at) -> named.put(name, weights[at]));
        return new PageKindModel(named, floor);
    }

    private static List<Page> wcxb(Path dir, HtmlExtractor extractor) throws IOException {
        JsonNode metadata = JSON.readTree(dir.resolve("metadata.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) metadata::fields) {
            String id = entry.getKey();
            String url = JSON.readTree(dir.resolve("ground-truth").resolve(id + ".json").toFile()).path("url").asText(null);
            PageKind kind = PageKind.valueOf(entry.getValue().path("page_type").asText().toUpperCase(Locale.ROOT));
            Map<String, Double> signals = signals(extractor, gunzip(dir.resolve("html").resolve(id + ".html.gz")), url);
            if (signals != null) {
                pages.add(new Page(id, entry.getValue().path("domain").asText(id), kind, signals));
            }
        }
        return pages;
    }

    private static List<Page> benchmark(Path dir, HtmlExtractor extractor) throws IOException {
        JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) truth::fields) {
            String url = entry.getValue().path("url").asText(null);
            Map<String, Double> signals = signals(extractor, Files.readAllBytes(dir.resolve("html").resolve(entry.getKey() + ".html")), url);
            if (signals != null) {
                pages.add(new Page(entry.getKey(), url == null ? entry.getKey() : java.net.URI.create(url).getHost(),
                        PageKind.ARTICLE, signals));
            }
        }
        return pages;
    }

    private static Map<String, byte[]> trafilaturaPages(Path dir) throws IOException {
        JsonNode expectations = JSON.readTree(dir.resolve("expectations.json").toFile());
        Map<String, byte[]> pages = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) expectations::fields) {
            String file = entry.getValue().path("file").asText();
            Path html = dir.resolve("html").resolve(file.endsWith(".gz") ? file : file + ".gz");
            if (Files.exists(html)) {
                pages.put(entry.getKey(), gunzip(html));
            }
        }
        return pages;
    }

    private static Map<String, Double> signals(HtmlExtractor extractor, byte[] html, String url) {
        try {
            return extractor.pageSignals(html, url);
        } catch (NothingToExtractException e) {
            return null;
        }
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private static String option(List<String> options, String name, String fallback) {
        int at = options.indexOf(name);
        return at >= 0 && at + 1 < options.size() ? options.get(at + 1) : fallback;
    }
}
