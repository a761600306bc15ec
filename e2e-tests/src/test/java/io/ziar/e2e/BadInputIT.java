package io.ziar.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bad-input corpus (issue 7): malformed, hostile and oversized requests through the gateway's
 * public endpoints. Each case is refused with a 4xx problem document of a stable type, or, on the
 * bulk endpoint, with a 202 job whose {@code rejected} count and {@code errors[].line} name the
 * refused lines ({@code errors[].record} on the WARC endpoint). Before the corpus a few good
 * articles are accepted and recorded; after it they read back unchanged and are still found, the gateway reports every service UP, no service restarted
 * (same PIDs) and each stayed under {@link #MAX_RSS_BYTES} of resident memory throughout.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputIT {

    private static final String BASE = System.getenv().getOrDefault("ZIAR_GATEWAY_URL", "http://127.0.0.1:8080");
    private static final Path PIDS = Path.of(System.getenv().getOrDefault("ZIAR_RUN_DIR", "../.run/test"), "pids");
    private static final List<String> SERVICES = List.of("ingest-service", "nlp-service", "search-service", "gateway");
    private static final long MAX_RSS_BYTES = 1L << 30;
    private static final String PROBLEM = "application/problem+json";
    private static final String TYPES = "https://ziar.io/problems/";
    private static final String ARTICLES = "/api/v1/articles";
    private static final String BULK = "/api/v1/articles:bulk";
    private static final String ANALYZE = "/api/v1/analyze";
    private static final String SEARCH = "/api/v1/search";
    private static final String FEEDS = "/api/v1/feeds:ingest";
    private static final String WARC = "/api/v1/warc";
    private static final String JSON = "application/json";
    private static final String NDJSON = "application/x-ndjson";
    private static final int MB = 1024 * 1024;
    /** Words no article contains, so the good articles are found by them alone and never collide with another run's. */
    private static final String NONCE = "ziarbad" + Long.toString(System.nanoTime(), 36);

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String ingesterKey;
    private static String readerKey;
    private static Map<String, Long> pids;
    private static final Map<String, Long> maxRss = new LinkedHashMap<>();
    /** The good articles' ids and their GET bodies once INDEXED. */
    private static final Map<String, JsonNode> accepted = new LinkedHashMap<>();
    private static final Map<String, Integer> outcomes = new LinkedHashMap<>();

    @BeforeAll
    static void acceptGoodArticlesFirst() throws Exception {
        ingesterKey = newKey("ingester");
        readerKey = newKey("reader");
        pids = servicePids();
        sampleMemory();

        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String body = MAPPER.writeValueAsString(Map.of("url", "https://bad-input.example.ro/" + NONCE + "/" + i,
                    "text", goodText(i), "publishedAt", "2024-05-1" + i + "T10:00:00Z", "source", "bad-input.example.ro"));
            HttpResponse<String> response = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> send(ingesterKey, "POST", ARTICLES, Map.of("Content-Type", JSON), bytes(body)),
                            r -> r.statusCode() != 503);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            ids.add(MAPPER.readTree(response.body()).path("id").asText());
        }
        String lines = IntStream.rangeClosed(4, 5).mapToObj(BadInputIT::goodLine).reduce("", String::concat);
        HttpResponse<String> bulk = send(ingesterKey, "POST", BULK, Map.of("Content-Type", NDJSON), gzip(bytes(lines)),
                "Content-Encoding", "gzip");
        JsonNode job = MAPPER.readTree(bulk.body());
        assertThat(bulk.statusCode()).as(bulk.body()).isEqualTo(202);
        assertThat(job.path("accepted").asLong()).as(bulk.body()).isEqualTo(2);
        // a search the cold services cannot answer in time is a 503 to try again, as for the POSTs above
        List<String> found = hits(await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(BadInputIT::searchByNonce, r -> r.statusCode() == 200 && hits(r).size() == 5));
        assertThat(found).containsAll(ids);

        for (String id : found) {
            HttpResponse<String> indexed = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .until(() -> send(readerKey, "GET", ARTICLES + "/" + id, Map.of(), null),
                            // INDEXED can be seen before the analysis is stored (the two status topics race): both
                            r -> r.statusCode() == 200 && r.body().contains("\"status\":\"INDEXED\"") && !r.body().contains("\"body\":null"));
            accepted.put(id, MAPPER.readTree(indexed.body()));
        }
    }
    @AfterAll
    static void summary() {
        System.out.printf("Bad-input corpus: %d cases; outcomes %s; peak RSS %s%n",
                outcomes.values().stream().mapToInt(Integer::intValue).sum(), outcomes, maxRss);
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedWithoutHarm(Case badInput) throws Exception {
        Answer response = badInput.request().get();
        if (response.statusCode() >= 400) {
            assertThat(response.body()).as("no stack trace or exception name reaches the client")
                    .doesNotContainPattern("\\bat [a-z]+\\.[a-z]+\\.|Exception|\\.java:\\d+");
        }
        badInput.expected().check(response);
        outcomes.merge(badInput.expected().kind(), 1, Integer::sum);
        sampleMemory();
        assertThat(servicesHealth()).as("services after " + badInput.name()).isEqualTo(200);
    }

    @Order(2)
    @Test
    void goodArticlesAreUnchangedAndStillFound() throws Exception {
        for (Map.Entry<String, JsonNode> article : accepted.entrySet()) {
            HttpResponse<String> now = send(readerKey, "GET", ARTICLES + "/" + article.getKey(), Map.of(), null);
            assertThat(now.statusCode()).isEqualTo(200);
            assertThat(MAPPER.readTree(now.body())).as(article.getKey()).isEqualTo(article.getValue());
        }
        assertThat(foundByNonce()).containsExactlyInAnyOrderElementsOf(accepted.keySet());
    }

    @Order(3)
    @Test
    void servicesStayedUpInBoundedMemory() throws Exception {
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/q/health/group/services")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(MAPPER.readTree(health.body()).path("status").asText()).isEqualTo("UP");
        assertThat(servicesPidsOrEmpty()).as("no service restarted").isEqualTo(pids);
        sampleMemory();
        assertThat(maxRss).hasSize(SERVICES.size()).allSatisfy((service, rss) ->
                assertThat(rss).as("peak resident memory of %s", service).isLessThan(MAX_RSS_BYTES));
    }

    // ---------------------------------------------------------------------------------------------
    // The corpus

    static List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        articleCases(cases);
        bulkCases(cases);
        analyzeCases(cases);
        searchCases(cases);
        otherCases(cases);
        return cases;
    }

    private static void articleCases(List<Case> cases) {
        // Encoding
        cases.add(article("invalid UTF-8: stray continuation bytes", raw("{\"text\":\"Știre ", 0x80, 0x81, " ruptă\"}"),
                problem(400, "invalid-json")));
        cases.add(article("invalid UTF-8: truncated sequence before the closing quote", raw("{\"text\":\"ab", 0xE2, 0x82, "\"}"),
                problem(400, "invalid-json")));
        cases.add(article("invalid UTF-8: overlong encoding of '/'", raw("{\"text\":\"a", 0xC0, 0xAF, "b\"}"),
                problem(400, "invalid-json")));
        cases.add(article("invalid UTF-8: encoded surrogate (CESU-8)", raw("{\"text\":\"a", 0xED, 0xA0, 0x80, "b\"}"),
                problem(400, "invalid-json")));
        cases.add(article("escaped lone surrogate in text", bytes("{\"text\":\"half a pair \\uD83D here\"}"),
                problem(400, "invalid-input", "text")));
        cases.add(article("Latin-1 bytes sent as UTF-8", "{\"text\":\"Bucureşti înfrânt\"}".getBytes(StandardCharsets.ISO_8859_1),
                problem(400, "invalid-json")));
        // NUL and control characters
        cases.add(article("raw NUL byte inside a string", raw("{\"text\":\"a", 0x00, "b\"}"), problem(400, "invalid-json")));
        cases.add(article("escaped NUL in text", bytes("{\"text\":\"before\\u0000after\"}"), problem(400, "invalid-input", "text")));
        cases.add(article("escaped NUL in html", bytes("{\"html\":\"<p>a\\u0000b</p>\"}"), problem(400, "invalid-input", "html")));
        cases.add(article("NUL after the object", raw("{\"text\":\"ok\"}", 0x00), problem(400, "invalid-json")));
        cases.add(article("control characters in source", bytes("{\"text\":\"x y z\",\"source\":\"evil\\u001b[31m\\u0007\"}"),
                problem(400, "invalid-input", "source")));
        cases.add(article("line break in source", bytes("{\"text\":\"x y z\",\"source\":\"a\\nX-Injected: 1\"}"),
                problem(400, "invalid-input", "source")));
        // Structure
        cases.add(article("100,000-deep nested arrays", bytes("[".repeat(100_000) + "]".repeat(100_000)),
                problem(400, "invalid-input")));
        cases.add(article("100,000-deep nesting inside a field", bytes("{\"text\":\"x\",\"url\":" + "[".repeat(100_000)
                + "]".repeat(100_000) + "}"), problem(400, "invalid-input", "url")));
        cases.add(article("100,000-deep objects", bytes("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)),
                problem(400, "invalid-json")));
        cases.add(article("duplicate keys", bytes("{\"text\":\"first\",\"text\":\"second\"}"), problem(400, "invalid-json")));
        cases.add(article("duplicate url keys", bytes("{\"text\":\"x\",\"url\":\"https://a.ro/1\",\"url\":\"https://b.ro/2\"}"),
                problem(400, "invalid-json")));
        cases.add(article("JSON array instead of an object", bytes("[{\"text\":\"x\"}]"), problem(400, "invalid-input")));
        cases.add(article("JSON string instead of an object", bytes("\"just text\""), problem(400, "invalid-input")));
        cases.add(article("JSON null", bytes("null"), problem(400, "invalid-input")));
        cases.add(article("empty body", new byte[0], problem(400, "invalid-input")));
        cases.add(article("truncated object", bytes("{\"text\":\"cut off"), problem(400, "invalid-json")));
        cases.add(article("two objects", bytes("{\"text\":\"a\"}{\"text\":\"b\"}"), problem(400, "invalid-json")));
        cases.add(article("unknown field", bytes("{\"text\":\"x\",\"admin\":true}"), problem(400, "invalid-input", "admin")));
        cases.add(article("text is a number", bytes("{\"text\":5}"), problem(400, "invalid-input", "text")));
        cases.add(article("text is an object", bytes("{\"text\":{\"$gt\":\"\"}}"), problem(400, "invalid-input", "text")));
        // Numbers and dates
        cases.add(article("publishedAt 1e999999", bytes("{\"text\":\"x\",\"publishedAt\":1e999999}"),
                problem(400, "invalid-input", "publishedAt")));
        cases.add(article("publishedAt a 100-digit integer", bytes("{\"text\":\"x\",\"publishedAt\":" + "9".repeat(100) + "}"),
                problem(400, "invalid-input", "publishedAt")));
        cases.add(article("a 5,000-digit number", bytes("{\"text\":\"x\",\"publishedAt\":" + "1".repeat(5000) + "}"),
                problem(400, "invalid-json")));
        cases.add(article("publishedAt in year +999999999", bytes("{\"text\":\"x y\",\"publishedAt\":\"+999999999-12-31T23:59:59Z\"}"),
                problem(400, "invalid-input", "publishedAt")));
        cases.add(article("publishedAt before the common era", bytes("{\"text\":\"x y\",\"publishedAt\":\"-5000-01-01\"}"),
                problem(400, "invalid-input", "publishedAt")));
        cases.add(article("publishedAt 'yesterday'", bytes("{\"text\":\"x\",\"publishedAt\":\"yesterday\"}"),
                problem(400, "invalid-input", "publishedAt")));
        cases.add(article("publishedAt month 13", bytes("{\"text\":\"x\",\"publishedAt\":\"2024-13-45\"}"),
                problem(400, "invalid-input", "publishedAt")));
        // URLs
        cases.add(article("javascript: url", bytes("{\"text\":\"x\",\"url\":\"javascript:alert(1)\"}"), problem(400, "invalid-input", "url")));
        cases.add(article("100 KB url", bytes("{\"text\":\"x\",\"url\":\"https://a.ro/" + "a".repeat(100_000) + "\"}"),
                problem(400, "invalid-input", "url")));
        cases.add(article("url with spaces", bytes("{\"text\":\"x\",\"url\":\"https://a.ro/a b\"}"), problem(400, "invalid-input", "url")));
        cases.add(article("file: url", bytes("{\"text\":\"x\",\"url\":\"file:///etc/passwd\"}"), problem(400, "invalid-input", "url")));
        // Other fields
        cases.add(article("language 'english'", bytes("{\"text\":\"x\",\"language\":\"english\"}"), problem(400, "invalid-input", "language")));
        cases.add(article("whitespace-only text", bytes("{\"text\":\" \\t\\n \"}"), problem(400, "invalid-input", "text")));
        cases.add(article("both text and html", bytes("{\"text\":\"x\",\"html\":\"<p>x</p>\"}"), problem(400, "invalid-input", "html")));
        // Sizes
        tooLargeCases(cases, "article", ARTICLES, () -> ingesterKey);
        // Content types
        cases.add(new Case("article: text/plain", () -> call(ingesterKey, "POST", ARTICLES, Map.of("Content-Type", "text/plain"),
                bytes("{\"text\":\"x\"}")), problem(415, "unsupported-media-type")));
        cases.add(new Case("article: multipart/form-data", () -> call(ingesterKey, "POST", ARTICLES,
                Map.of("Content-Type", "multipart/form-data; boundary=zz"),
                bytes("--zz\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nx\r\n--zz--\r\n")), problem(415, "unsupported-media-type")));
        cases.add(new Case("article: application/xml", () -> call(ingesterKey, "POST", ARTICLES, Map.of("Content-Type", "application/xml"),
                bytes("<article><text>x</text></article>")), problem(415, "unsupported-media-type")));
        cases.add(new Case("article: Content-Encoding gzip on a plain body", () -> call(ingesterKey, "POST", ARTICLES,
                Map.of("Content-Type", JSON, "Content-Encoding", "gzip"), bytes("{\"text\":\"x\"}")), problem(415, "unsupported-media-type")));
    }

    private static void bulkCases(List<Case> cases) {
        cases.add(bulk("invalid UTF-8 on line 2", lines(goodObject("b1"), raw("{\"text\":\"a", 0xC3, 0x28, "b\"}"), goodObject("b2")),
                rejected(3, 2)));
        cases.add(bulk("overlong UTF-8 on line 1", lines(raw("{\"text\":\"a", 0xC0, 0xAF, "b\"}"), goodObject("b16")), rejected(2, 1)));
        cases.add(bulk("escaped NUL on line 2 among good lines", lines(goodObject("b3"), bytes("{\"text\":\"a\\u0000b\"}"), goodObject("b4")),
                rejected(3, 2)));
        cases.add(bulk("raw NUL byte on line 1", lines(raw("{\"text\":\"a", 0x00, "b\"}")), rejected(1, 1)));
        cases.add(bulk("100,000-deep nesting on line 1", lines(bytes("[".repeat(100_000) + "]".repeat(100_000))), rejected(1, 1)));
        cases.add(bulk("duplicate keys on line 2", lines(goodObject("b5"), bytes("{\"text\":\"a\",\"text\":\"b\"}")), rejected(2, 2)));
        cases.add(bulk("huge numbers", lines(bytes("{\"text\":\"x\",\"publishedAt\":1e999999}"),
                bytes("{\"text\":\"x\",\"publishedAt\":" + "9".repeat(100) + "}")), rejected(2, 1, 2)));
        cases.add(bulk("publishedAt out of range", lines(bytes("{\"text\":\"x y\",\"publishedAt\":\"+999999999-12-31T23:59:59Z\"}")),
                rejected(1, 1)));
        cases.add(bulk("bad urls", lines(bytes("{\"text\":\"x\",\"url\":\"javascript:alert(1)\"}"),
                bytes("{\"text\":\"x\",\"url\":\"https://a.ro/" + "a".repeat(100_000) + "\"}")), rejected(2, 1, 2)));
        cases.add(bulk("control characters in source", lines(bytes("{\"text\":\"x y\",\"source\":\"a\\u0007b\"}")), rejected(1, 1)));
        cases.add(bulk("not objects: array, string, number, null, true", lines(bytes("[]"), bytes("\"x\""), bytes("42"), bytes("null"),
                bytes("true")), rejected(5, 1, 2, 3, 4, 5)));
        cases.add(bulk("unknown field", lines(bytes("{\"text\":\"x\",\"admin\":true}")), rejected(1, 1)));
        cases.add(bulk("truncated last line", concat(lines(goodObject("b6")), bytes("{\"text\":\"cut of")), rejected(2, 2)));
        cases.add(new Case("bulk: line of 7 MB (over the 6 MB line limit)", () -> sendBulk(Map.of(),
                HttpRequest.BodyPublishers.ofInputStream(() -> concatStreams(lines(goodObject("b7")), jsonOfSize(7L * MB),
                        new java.io.ByteArrayInputStream(concat(bytes("\n"), lines(goodObject("b8"))))))), rejected(3, 2)));
        byte[] garbage = new byte[256 * 1024];
        new Random(7).nextBytes(garbage);
        long garbageLines = nonBlankLines(garbage);
        cases.add(bulk("binary garbage", garbage, rejectedOf(garbageLines, garbageLines, LongStream.rangeClosed(1, garbageLines).limit(100)
                .map(line -> lineNumberOfNonBlank(garbage, line)).toArray())));
        cases.add(bulk("10,000 bad lines: exact count, 100 samples", bytes("{\"text\":\n".repeat(10_000)),
                rejectedOf(10_000, 10_000, LongStream.rangeClosed(1, 100).toArray())));
        cases.add(bulk("empty body", new byte[0], problem(400, "invalid-input")));
        cases.add(bulk("only blank lines", bytes("\n \r\n\n"), problem(400, "invalid-input")));
        cases.add(new Case("bulk: Content-Encoding gzip on a plain body", () -> sendBulk(Map.of("Content-Encoding", "gzip"),
                HttpRequest.BodyPublishers.ofByteArray(lines(goodObject("b9")))), problem(400, "invalid-input")));
        cases.add(new Case("bulk: truncated gzip", () -> {
            byte[] whole = gzip(lines(goodObject("b10"), goodObject("b11")));
            return sendBulk(Map.of("Content-Encoding", "gzip"),
                    HttpRequest.BodyPublishers.ofByteArray(Arrays.copyOf(whole, whole.length / 2)));
        }, problem(400, "invalid-input")));
        cases.add(new Case("bulk: Content-Encoding deflate", () -> sendBulk(Map.of("Content-Encoding", "deflate"),
                HttpRequest.BodyPublishers.ofByteArray(lines(goodObject("b12")))), problem(415, "unsupported-media-type")));
        cases.add(new Case("bulk: gzip bomb, 2 GB of zeros in one line", () -> sendBulk(Map.of("Content-Encoding", "gzip"),
                HttpRequest.BodyPublishers.ofByteArray(gzipBomb(2048, (byte) '0'))), problem(413, "payload-too-large")));
        cases.add(new Case("bulk: gzip bomb, 1 GB of newlines", () -> sendBulk(Map.of("Content-Encoding", "gzip"),
                HttpRequest.BodyPublishers.ofByteArray(gzipBomb(1024, (byte) '\n'))), problem(413, "payload-too-large")));
        cases.add(new Case("bulk: application/json", () -> call(ingesterKey, "POST", BULK, Map.of("Content-Type", JSON),
                lines(goodObject("b13"))), problem(415, "unsupported-media-type")));
        cases.add(new Case("bulk: text/plain", () -> call(ingesterKey, "POST", BULK, Map.of("Content-Type", "text/plain"),
                lines(goodObject("b14"))), problem(415, "unsupported-media-type")));
        cases.add(new Case("bulk: with a reader key", () -> call(readerKey, "POST", BULK, Map.of("Content-Type", NDJSON),
                lines(goodObject("b15"))), problem(403, "forbidden")));
    }

    private static void analyzeCases(List<Case> cases) {
        cases.add(analyze("invalid UTF-8", raw("{\"text\":\"a", 0xFF, "b\"}"), problem(400, "invalid-json")));
        cases.add(analyze("100,000-deep nesting", bytes("{\"text\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}"),
                problem(400, "invalid-input", "text")));
        cases.add(analyze("duplicate keys", bytes("{\"text\":\"a b c\",\"text\":\"d e f\"}"), problem(400, "invalid-json")));
        cases.add(analyze("escaped NUL in text", bytes("{\"text\":\"a\\u0000b\"}"), problem(422, "unprocessable", "text")));
        cases.add(analyze("digits, no prose", bytes("{\"text\":\"1 2 3\"}"), problem(422, "unprocessable", "text")));
        cases.add(analyze("both text and html", bytes("{\"text\":\"a\",\"html\":\"<p>a</p>\"}"), problem(400, "invalid-input", "text")));
        cases.add(analyze("html without text", bytes("{\"html\":\"<html><script>x()</script></html>\"}"), problem(422, "unprocessable", "html")));
        cases.add(analyze("JSON array", bytes("[]"), problem(400, "invalid-input")));
        cases.add(analyze("unknown field", bytes("{\"text\":\"a\",\"model\":\"../../x\"}"), problem(400, "invalid-input", "model")));
        tooLargeCases(cases, "analyze", ANALYZE, () -> readerKey);
        cases.add(new Case("analyze: text/plain", () -> call(readerKey, "POST", ANALYZE, Map.of("Content-Type", "text/plain"),
                bytes("a b c")), problem(415, "unsupported-media-type")));
    }

    /** JSON bodies past the 5 MB limit: one announced and never sent, one chunked without an end in sight. */
    private static void tooLargeCases(List<Case> cases, String endpoint, String path, Supplier<String> key) {
        cases.add(new Case(endpoint + ": 50 MB body announced, never sent", () -> sendRaw(key.get(), "POST", path,
                Map.of("Content-Type", JSON, "Content-Length", String.valueOf(50L * MB), "Expect", "100-continue"), null),
                problem(413, "payload-too-large")));
        cases.add(new Case(endpoint + ": 4 GB chunked body (no Content-Length)", () -> sendRaw(key.get(), "POST", path,
                Map.of("Content-Type", JSON, "Transfer-Encoding", "chunked"), jsonOfSize(4096L * MB)),
                problem(413, "payload-too-large")));
    }

    private static void searchCases(List<Case> cases) {
        cases.add(search("query of 600 words", "q=" + encode("ab ".repeat(600)), problem(400, "invalid-input", "q")));
        cases.add(search("query of 1,500 characters", "q=" + "a".repeat(1500), problem(400, "invalid-input", "q")));
        cases.add(search("unbalanced quotes", "q=" + encode("\"cooperare militară"), problem(400, "invalid-input", "q")));
        cases.add(search("query of operators only", "q=" + encode("OR OR -"), problem(400, "invalid-input", "q")));
        cases.add(search("cursor garbage", "cursor=" + encode("!!not-a-token!!"), problem(400, "invalid-input", "cursor")));
        cases.add(search("cursor of valid base64 holding no token", "cursor="
                + Base64.getUrlEncoder().encodeToString(bytes("{\"after\":[1e999999],\"pit\":{}}")), problem(400, "invalid-input", "cursor")));
        cases.add(search("size=-1", "size=-1", problem(400, "invalid-input", "size")));
        cases.add(new Case("similar: an id no article has", () -> call(readerKey, "GET", ARTICLES + "/" + NONCE + "000/similar",
                Map.of(), null), problem(404, "not-found")));
        cases.add(search("size=1e9", "size=1e9", problem(400, "invalid-input", "size")));
        cases.add(search("size beyond a long", "size=" + "9".repeat(30), problem(400, "invalid-input", "size")));
        cases.add(search("from not a date", "from=" + encode("last tuesday"), problem(400, "invalid-input", "from")));
        cases.add(search("to in year +999999999", "to=" + encode("+999999999-12-31T23:59:59Z"), problem(400, "invalid-input", "to")));
        cases.add(search("sort=random", "sort=random", problem(400, "invalid-input", "sort")));
        cases.add(new Case("search: malformed percent-encoding", () -> sendRaw(readerKey, "GET", SEARCH + "?q=%E2%82%zz", Map.of(), null),
                refused(400)));
        cases.add(search("NUL in the query", "q=a%00b", ok()));
    }

    private static void otherCases(List<Case> cases) {
        cases.add(new Case("header: 64 KB custom header", () -> sendRaw(readerKey, "GET", SEARCH + "?q=x",
                Map.of("X-Padding", "a".repeat(64 * 1024)), null), refused(431)));
        cases.add(new Case("header: 4 KB bearer key", () -> call("zk_" + "A".repeat(4096), "GET", SEARCH + "?q=x", Map.of(), null),
                problem(401, "unauthorized")));
        cases.add(new Case("header: URL of 20,000 characters", () -> sendRaw(readerKey, "GET", SEARCH + "?q=" + "a".repeat(20_000),
                Map.of(), null), refused(414)));
        cases.add(new Case("article id of 1,000 characters", () -> call(readerKey, "GET", ARTICLES + "/" + "f".repeat(1000), Map.of(), null),
                problem(404, "not-found")));
        cases.add(new Case("job id that is not a job id", () -> call(readerKey, "GET", "/api/v1/jobs/" + encode("'; select 1; --"),
                Map.of(), null), problem(404, "not-found")));
        cases.add(new Case("PUT on the articles collection", () -> call(ingesterKey, "PUT", ARTICLES, Map.of("Content-Type", JSON),
                bytes("{\"text\":\"x\"}")), problem(405, "method-not-allowed")));

        // Feeds: no document type is read, so no entity, local or remote, is ever resolved.
        for (String doctype : List.of("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
                "<!DOCTYPE rss [<!ENTITY % remote SYSTEM \"http://127.0.0.1:1/evil.dtd\"> %remote;]>",
                "<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>")) {
            String entity = doctype.contains("file:") ? "xxe" : doctype.contains("remote") ? "remote" : "d";
            cases.add(new Case("feed: " + (entity.equals("d") ? "entity expansion (billion laughs)" : "external entity " + entity),
                    () -> call(ingesterKey, "POST", FEEDS, Map.of("Content-Type", "application/rss+xml"), bytes("<?xml version=\"1.0\"?>"
                            + doctype + "<rss version=\"2.0\"><channel><item><title>&" + entity + ";</title><link>https://bad-input.example.ro/"
                            + NONCE + "/feed</link></item></channel></rss>")), problem(400, "invalid-xml", "feed")));
        }
        // WARC: a record whose Content-Length promises more than the upload holds is rejected, not waited for.
        cases.add(new Case("warc: Content-Length beyond the end of the upload", () -> call(ingesterKey, "POST", WARC,
                Map.of("Content-Type", "application/warc"), warcRecord("https://bad-input.example.ro/" + NONCE + "/warc", 50_000)),
                rejectedOf("record", 1, 1, 1)));
        cases.add(new Case("warc: a JSON body", () -> call(ingesterKey, "POST", WARC, Map.of("Content-Type", "application/warc"),
                bytes("{\"text\":\"not a warc\"}\n")), problem(400, "invalid-input", "body")));
    }

    /** An uncompressed WARC response record that says its block is {@code contentLength} bytes long, whatever it holds. */
    private static byte[] warcRecord(String uri, int contentLength) {
        String block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Minte.</p></body></html>";
        return bytes("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2024-05-16T10:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID() + ">\r\nContent-Type: application/http;msgtype=response\r\n"
                + "Content-Length: " + contentLength + "\r\n\r\n" + block + "\r\n\r\n");
    }

    // ---------------------------------------------------------------------------------------------
    // Cases and outcomes

    record Case(String name, Request request, Outcome expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Request {
        Answer get() throws Exception;
    }

    /** What came back: status, content type (null when none), body. */
    record Answer(int statusCode, String contentType, String body) {
        static Answer of(HttpResponse<String> response) {
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
        }
    }

    interface Outcome {
        void check(Answer response) throws Exception;

        String kind();
    }

    /** A problem document of a stable type (and, when named, the field at fault). */
    private static Outcome problem(int status, String type, String... field) {
        return new Outcome() {
            @Override
            public void check(Answer response) throws Exception {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
                assertThat(response.contentType()).as(response.body()).startsWith(PROBLEM);
                JsonNode problem = MAPPER.readTree(response.body());
                assertThat(problem.path("type").asText()).as(response.body()).isEqualTo(TYPES + type);
                assertThat(problem.path("status").asInt()).isEqualTo(status);
                assertThat(problem.path("detail").asText()).isNotBlank();
                if (field.length > 0) {
                    assertThat(problem.path("field").asText()).as(response.body()).isEqualTo(field[0]);
                }
            }

            @Override
            public String kind() {
                return status + " " + type;
            }
        };
    }

    /** A bulk job that received {@code received} lines and refused exactly {@code lines} (the first 100 of them sampled). */
    private static Outcome rejected(long received, long... lines) {
        return rejectedOf(received, lines.length, lines);
    }

    private static Outcome rejectedOf(long received, long count, long... sampled) {
        return rejectedOf("line", received, count, sampled);
    }

    /** As {@link #rejectedOf(long, long, long...)}, the errors numbering what the endpoint reads: line, item or record. */
    private static Outcome rejectedOf(String unit, long received, long count, long... sampled) {
        return new Outcome() {
            @Override
            public void check(Answer response) throws Exception {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
                JsonNode job = MAPPER.readTree(response.body());
                assertThat(job.path("received").asLong()).as(response.body()).isEqualTo(received);
                assertThat(job.path("rejected").asLong()).as(response.body()).isEqualTo(count);
                assertThat(job.path("accepted").asLong() + job.path("duplicates").asLong()).as(response.body())
                        .isEqualTo(received - count);
                List<Long> errorLines = new ArrayList<>();
                job.path("errors").forEach(error -> {
                    errorLines.add(error.path(unit).asLong());
                    assertThat(error.path("reason").asText()).isNotBlank();
                });
                assertThat(errorLines).as(response.body()).containsExactly(LongStream.of(sampled).boxed().toArray(Long[]::new));
            }

            @Override
            public String kind() {
                return "202 job with rejected lines";
            }
        };
    }

    /** Nothing wrong with it after all: a 200 JSON answer (a lenient query parser), not a 5xx. */
    private static Outcome ok() {
        return new Outcome() {
            @Override
            public void check(Answer response) throws Exception {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(MAPPER.readTree(response.body()).has("total")).isTrue();
            }

            @Override
            public String kind() {
                return "200 answered";
            }
        };
    }

    /**
     * Refused by the HTTP server before any route runs (Netty's limits on the request line and
     * headers, Vert.x's reading of a malformed query string): the status alone, as no code of ours
     * sees the request to write a problem.
     */
    private static Outcome refused(int status) {
        return new Outcome() {
            @Override
            public void check(Answer response) {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
            }

            @Override
            public String kind() {
                return status + " by the HTTP server";
            }
        };
    }

    // ---------------------------------------------------------------------------------------------
    // Requests

    private static Case article(String name, byte[] body, Outcome outcome) {
        return new Case("article: " + name, () -> call(ingesterKey, "POST", ARTICLES, Map.of("Content-Type", JSON), body), outcome);
    }

    private static Case bulk(String name, byte[] body, Outcome outcome) {
        return new Case("bulk: " + name, () -> sendBulk(Map.of(), HttpRequest.BodyPublishers.ofByteArray(body)), outcome);
    }

    private static Case analyze(String name, byte[] body, Outcome outcome) {
        return new Case("analyze: " + name, () -> call(readerKey, "POST", ANALYZE, Map.of("Content-Type", JSON), body), outcome);
    }

    private static Case search(String name, String query, Outcome outcome) {
        return new Case("search: " + name, () -> call(readerKey, "GET", SEARCH + "?" + query, Map.of(), null), outcome);
    }

    private static Answer sendBulk(Map<String, String> headers, HttpRequest.BodyPublisher body) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", NDJSON);
        return Answer.of(send(ingesterKey, "POST", BULK, all, body));
    }

    private static HttpResponse<String> send(String key, String method, String path, Map<String, String> headers, byte[] body,
                                             String... moreHeaders) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(headers);
        for (int i = 0; i < moreHeaders.length; i += 2) {
            all.put(moreHeaders[i], moreHeaders[i + 1]);
        }
        return send(key, method, path, all, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static Answer call(String key, String method, String path, Map<String, String> headers, byte[] body) throws Exception {
        return Answer.of(send(key, method, path, headers, body));
    }

    private static HttpResponse<String> send(String key, String method, String path, Map<String, String> headers,
                                             HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + key)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A request written on a plain socket (HTTP/1.1, any bytes in its URL): the head, then (when there is one) the body streamed as chunks
     * by another thread while this one reads the answer, as a client that reads while it writes. With
     * no body, the head alone, as a client sending {@code Expect: 100-continue} that waits before
     * sending its body: a service that waited for the body would never answer (the read times out).
     */
    private static Answer sendRaw(String key, String method, String path, Map<String, String> headers, InputStream body) throws Exception {
        URI base = URI.create(BASE);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + base.getAuthority()
                    + "\r\nAuthorization: Bearer " + key + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            if (body != null) {
                Thread writer = new Thread(() -> writeChunked(body, out), "chunked-writer");
                writer.setDaemon(true);
                writer.start();
            }
            return readAnswer(new java.io.BufferedInputStream(socket.getInputStream()));
        }
    }

    private static void writeChunked(InputStream body, OutputStream out) {
        byte[] buffer = new byte[64 * 1024];
        try (body) {
            for (int n = body.read(buffer); n > 0; n = body.read(buffer)) {
                out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(buffer, 0, n);
                out.write(bytes("\r\n"));
            }
            out.write(bytes("0\r\n\r\n"));
            out.flush();
        } catch (IOException closedByTheServer) {
            // the service refused the body and closed the connection: what the case expects
        }
    }

    /** The first final answer on the connection (interim 1xx answers skipped), its body by Content-Length. */
    private static Answer readAnswer(InputStream in) throws IOException {
        while (true) {
            String status = readLine(in);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), line.substring(colon + 1).strip());
            }
            int code = Integer.parseInt(status.split(" ")[1]);
            if (code >= 200) {
                int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
                return new Answer(code, headers.get("content-type"), new String(in.readNBytes(length), StandardCharsets.UTF_8));
            }
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection closed before an answer");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static String newKey(String role) throws Exception {
        String body = MAPPER.writeValueAsString(Map.of("name", "bad-input " + role + " " + NONCE, "role", role));
        HttpResponse<String> created = send(System.getenv("ZIAR_ADMIN_KEY"), "POST", "/api/v1/admin/keys",
                Map.of("Content-Type", JSON), bytes(body));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return MAPPER.readTree(created.body()).path("key").asText();
    }

    private static int servicesHealth() throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/q/health/group/services")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static List<String> foundByNonce() throws Exception {
        HttpResponse<String> found = searchByNonce();
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return hits(found);
    }

    private static HttpResponse<String> searchByNonce() throws Exception {
        return send(readerKey, "GET", SEARCH + "?size=20&q=" + NONCE, Map.of(), null);
    }

    private static List<String> hits(HttpResponse<String> search) {
        List<String> ids = new ArrayList<>();
        try {
            MAPPER.readTree(search.body()).path("hits").forEach(hit -> ids.add(hit.path("id").asText()));
        } catch (JsonProcessingException notJson) {
            throw new AssertionError("a search answered with no JSON: " + search.body(), notJson);
        }
        return ids;
    }

    // ---------------------------------------------------------------------------------------------
    // Processes

    private static Map<String, Long> servicePids() throws IOException {
        Map<String, Long> found = servicesPidsOrEmpty();
        assertThat(found.keySet()).as("PID files under %s", PIDS.toAbsolutePath()).containsExactlyElementsOf(SERVICES);
        return found;
    }

    private static Map<String, Long> servicesPidsOrEmpty() throws IOException {
        Map<String, Long> found = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Path file = PIDS.resolve(service + ".pid");
            if (Files.exists(file)) {
                long pid = Long.parseLong(Files.readAllLines(file).get(0).trim());
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    found.put(service, pid);
                }
            }
        }
        return found;
    }

    /** Each service's resident set (VmRSS of /proc/PID/status), the peak of every sample kept. */
    private static void sampleMemory() throws IOException {
        for (Map.Entry<String, Long> service : pids.entrySet()) {
            Path status = Path.of("/proc", service.getValue().toString(), "status");
            if (!Files.exists(status)) {
                continue;
            }
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    long kilobytes = Long.parseLong(line.replaceAll("\\D", ""));
                    maxRss.merge(service.getKey(), kilobytes * 1024, Math::max);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Bodies

    private static String goodText(int i) {
        return "Articolul de control " + NONCE + " numărul " + i + " a fost publicat la București. "
                + "Ministerul a anunțat joi noi măsuri pentru transportul public, iar primăria a confirmat calendarul lucrărilor.";
    }

    private static String goodLine(int i) {
        try {
            return MAPPER.writeValueAsString(Map.of("url", "https://bad-input.example.ro/" + NONCE + "/" + i, "text", goodText(i),
                    "publishedAt", "2024-05-2" + i)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A good article object unique to this run, without the nonce (accepted, so bulk cases show good lines survive bad neighbours). */
    private static byte[] goodObject(String tag) {
        return bytes("{\"text\":\"Linie bună " + tag + " " + UUID.randomUUID() + " despre economie.\"}");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Text and raw byte values, concatenated: how invalid UTF-8 gets into a body. */
    private static byte[] raw(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.writeBytes(bytes(text));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    private static byte[] lines(byte[]... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.writeBytes(line);
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static InputStream concatStreams(byte[] first, InputStream second, InputStream third) {
        return new java.io.SequenceInputStream(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(first), second), third);
    }

    /** {"text":"aaaa…"} of exactly {@code size} bytes, generated as it is read: never held in memory. */
    private static InputStream jsonOfSize(long size) {
        byte[] head = bytes("{\"text\":\"");
        byte[] tail = bytes("\"}");
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                long at = position++;
                if (at < head.length) {
                    return head[(int) at];
                }
                long fromEnd = size - at;
                return fromEnd <= tail.length ? tail[(int) (tail.length - fromEnd)] : 'a';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int n = 0;
                while (n < length) {
                    int b = read();
                    if (b < 0) {
                        return n == 0 ? -1 : n;
                    }
                    buffer[offset + n++] = (byte) b;
                }
                return n;
            }
        };
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code megabytes} MB of one byte value: one gzip member of 1 MB repeated (gzip readers read concatenated members). */
    private static byte[] gzipBomb(int megabytes, byte value) {
        byte[] block = new byte[MB];
        Arrays.fill(block, value);
        byte[] member = gzip(block);
        ByteArrayOutputStream out = new ByteArrayOutputStream(member.length * megabytes);
        for (int i = 0; i < megabytes; i++) {
            out.writeBytes(member);
        }
        return out.toByteArray();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long nonBlankLines(byte[] body) {
        return splitLines(body).stream().filter(line -> !isBlank(line)).count();
    }

    /** The line number (from 1) of the {@code nth} non-blank line. */
    private static long lineNumberOfNonBlank(byte[] body, long nth) {
        List<byte[]> lines = splitLines(body);
        long seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!isBlank(lines.get(i)) && ++seen == nth) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line " + nth);
    }

    private static List<byte[]> splitLines(byte[] body) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '\n') {
                lines.add(Arrays.copyOfRange(body, start, i));
                start = i + 1;
            }
        }
        if (start < body.length) {
            lines.add(Arrays.copyOfRange(body, start, body.length));
        }
        return lines;
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
