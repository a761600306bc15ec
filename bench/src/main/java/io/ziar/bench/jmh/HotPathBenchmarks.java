package io.ziar.bench.jmh;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ziar.bench.corpus.CorpusGenerator;
import io.ziar.contracts.AnalyzedArticle;
import io.ziar.nlp.pipeline.Analysis;
import io.ziar.nlp.pipeline.Document;
import io.ziar.nlp.pipeline.Extraction;
import io.ziar.nlp.pipeline.HtmlExtractor;
import io.ziar.nlp.pipeline.Pipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The hot code of each service, on realistic input: extraction of a generated news page
 * (ingest -> nlp), the whole language pipeline on the seed article (nlp-service), and the JSON
 * mapping of an analysed article both ways (every Kafka hop and the article API).
 * Run: {@code ./ziar bench jmh} (JMH options after it, e.g. {@code -f 1 -wi 3 -i 5}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xss16m")
public class HotPathBenchmarks {

    private final HtmlExtractor extractor = new HtmlExtractor();
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private Pipeline pipeline;
    private String page;
    private String pageUrl;
    private String seed;
    private AnalyzedArticle analyzed;
    private byte[] analyzedJson;

    @Setup
    public void setUp() throws IOException {
        Path data = Path.of(System.getenv().getOrDefault("ZIAR_SHARED", "../shared"), "data");
        CorpusGenerator corpus = CorpusGenerator.fromSharedData(42, data);
        var article = json.readTree(corpus.markedLine(0, "benchmark"));
        page = article.path("html").asText(article.path("text").asText());
        pageUrl = article.path("url").asText();
        seed = Files.readString(data.resolve("seed/g4media-lavrov-mali.txt"), StandardCharsets.UTF_8);
        pipeline = new Pipeline();
        analyzed = pipeline.analyze(Document.ofText(seed))
                .article("0123456789abcdef01234567", 1, "https://www.g4media.ro/a", "g4media.ro", Instant.parse("2026-11-27T10:00:00Z"));
        analyzedJson = json.writeValueAsBytes(analyzed);
    }

    @Benchmark
    public Extraction extractNewsPage() {
        return extractor.extract(page, pageUrl);
    }

    @Benchmark
    public Analysis analyzeSeedArticle() {
        return pipeline.analyze(Document.ofText(seed));
    }

    @Benchmark
    public byte[] writeAnalyzedArticleJson() throws IOException {
        return json.writeValueAsBytes(analyzed);
    }

    @Benchmark
    public AnalyzedArticle readAnalyzedArticleJson() throws IOException {
        return json.readValue(analyzedJson, AnalyzedArticle.class);
    }
}
