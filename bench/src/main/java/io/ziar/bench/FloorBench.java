package io.ziar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vertx.core.json.JsonObject;
import io.ziar.bench.corpus.CorpusGenerator;
import io.ziar.bench.suite.ProcessCpu;
import io.ziar.bench.suite.Report;
import io.ziar.bench.suite.Suite;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.contracts.RawArticle;
import io.ziar.nlp.analysis.service.AnalysisService;
import io.ziar.search.article.indexing.ArticleDocument;
import io.ziar.search.article.indexing.BulkWrite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The floor under the end-to-end figure: each part alone on the same generated articles as
 * {@code ./ziar bench ingest N --seed S}. The language pipeline on one thread (nlp-service's own
 * mapping, no Kafka, no service), then a bare OpenSearch {@code _bulk} of the analysed documents
 * (search-service's document and request shape, refresh per batch as the indexer asks for) into a
 * scratch index with the project's mapping, deleted afterwards. Prints CPU milliseconds per article of
 * each part, which the end-to-end run's per-process CPU times are compared with.
 */
final class FloorBench {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private FloorBench() {
    }

    static void run(Suite suite, CorpusGenerator corpus, long seed, int articles, int batch) throws IOException {
        Report report = new Report("./ziar bench floor " + articles + " --seed " + seed + " --batch " + batch);
        List<RawArticle> raw = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
            raw.add(rawArticle(i, JSON.readTree(corpus.line(i))));
        }
        AnalysisService analysis = new AnalysisService();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // Warm-up: the JIT compiles the pipeline's hot code before the timed pass.
        raw.stream().limit(Math.min(articles, 500)).forEach(analysis::analyze);
        List<AnalyzedArticle> analyzed = new ArrayList<>(articles);
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        for (RawArticle article : raw) {
            analyzed.add(analysis.analyze(article));
        }
        double pipelineCpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        double pipelineWall = (System.nanoTime() - wallStart) / 1e6;
        report.line("pipeline, one thread:   %7.2f ms CPU per article (%.2f ms wall; %.0f articles/s per core)",
                pipelineCpu / articles, pipelineWall / articles, articles * 1000 / pipelineCpu);

        String index = "ziar-floor-" + System.currentTimeMillis();
        suite.openSearch("PUT", "/" + index, "application/json", mapping());
        try {
            Instant now = Instant.now();
            List<String> bodies = new ArrayList<>();
            for (int from = 0; from < articles; from += batch) {
                List<JsonObject> documents = new ArrayList<>();
                for (AnalyzedArticle article : analyzed.subList(from, Math.min(articles, from + batch))) {
                    documents.add(ArticleDocument.of(article, null, now));
                }
                bodies.add(BulkWrite.body(documents));
            }
            Map<String, Long> before = ProcessCpu.snapshot(suite.runDirectory());
            wallStart = System.nanoTime();
            long failed = 0;
            for (String body : bodies) {
                JsonNode response = suite.openSearch("POST", "/" + index + "/_bulk?refresh=true", "application/x-ndjson", body);
                if (response.path("errors").asBoolean()) {
                    for (JsonNode item : response.path("items")) {
                        failed += item.path("index").path("status").asInt() >= 300 ? 1 : 0;
                    }
                }
            }
            double bulkWall = (System.nanoTime() - wallStart) / 1e6;
            long nodeCpu = ProcessCpu.used(before, ProcessCpu.snapshot(suite.runDirectory())).getOrDefault("opensearch", -1L);
            report.line("OpenSearch _bulk alone: %7.2f ms CPU per article on the node (%.2f ms wall; %.0f articles/s), "
                    + "batches of %d, refresh=true, %d failed", (double) nodeCpu / articles, bulkWall / articles,
                    articles * 1000 / bulkWall, batch, failed);
            report.line("floor (pipeline + node): %6.2f ms CPU per article", pipelineCpu / articles + (double) nodeCpu / articles);
        } finally {
            suite.openSearch("DELETE", "/" + index, "application/json", null);
        }
        report.append();
    }

    /** Article {@code i} as ingest-service would publish it: id and version 1, what the client sent. */
    private static RawArticle rawArticle(int i, JsonNode line) {
        String published = line.path("publishedAt").asText(null);
        return new RawArticle("floor-" + i, 1, line.path("url").asText(null), line.path("source").asText(null),
                line.path("html").asText(null), line.path("text").asText(null), line.path("language").asText(null),
                published == null ? null : Instant.parse(published), Instant.now());
    }

    /** The project's index definition, as search-service creates its indices. */
    private static String mapping() {
        try (InputStream in = ArticleDocument.class.getResourceAsStream("/opensearch/articles-index.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
