package io.ziar.ingest.job.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.ziar.contracts.IndexedArticle;
import io.ziar.testing.InMemoryChannels;
import io.ziar.testing.JsonBatch;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@InMemoryChannels(incoming = {"articles-analyzed", "articles-indexed"}, outgoing = "outbox")
class BulkResourceTest {

    private static final String NDJSON = "application/x-ndjson";

    @Inject
    @Connector("smallrye-in-memory")
    InMemoryConnector connector;

    @Inject
    Pool pool;

    private static String text() {
        return "{\"text\":\"Guvernul a aprobat joi bugetul pe anul viitor. " + UUID.randomUUID() + "\"}";
    }

    /** RestAssured would send the ':' of articles:bulk as %3A, which is another path; clients send it as it is. */
    private static Response upload(byte[] body, String encoding) {
        var request = given().urlEncodingEnabled(false).contentType(NDJSON).body(body)
                .config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", (int) Duration.ofMinutes(5).toMillis())));
        if (encoding != null) {
            request = request.header("Content-Encoding", encoding);
        }
        return request.post("/api/v1/articles:bulk");
    }

    private List<String> articlesOf(String jobId) {
        List<String> ids = new ArrayList<>();
        pool.preparedQuery("SELECT id FROM article WHERE job_id = $1").execute(Tuple.of(jobId))
                .await().atMost(Duration.ofSeconds(10)).forEach(row -> ids.add(row.getString(0)));
        return ids;
    }

    private Set<String> publishedKeys() {
        Set<String> keys = new HashSet<>();
        connector.<String>sink("outbox").received().forEach(m -> keys.add(
                m.getMetadata(OutgoingKafkaRecordMetadata.class).map(meta -> (String) meta.getKey()).orElse(null)));
        return keys;
    }

    @Test
    void countsAcceptedRejectedAndDuplicateLinesWithLineNumbers() {
        String first = text();
        String url = "https://www.example.ro/stiri/" + UUID.randomUUID() + "?utm_source=x";
        String urlText = "Text cu adresa " + UUID.randomUUID();
        String body = String.join("\n",
                first,
                "",
                "{not json",
                "{\"source\":\"g4media.ro\"}",
                "{\"url\":\"" + url + "\",\"text\":\"" + urlText + "\"}",
                first,
                "{\"text\":\"x " + UUID.randomUUID() + "\",\"bogus\":1}",
                text() + "\r") + "\n";

        String jobId = upload(body.getBytes(StandardCharsets.UTF_8), null).then().statusCode(202)
                .header("Location", containsString("/api/v1/jobs/"))
                .body("status", equalTo("PROCESSING"))
                .body("received", equalTo(7))
                .body("accepted", equalTo(3))
                .body("rejected", equalTo(3))
                .body("duplicates", equalTo(1))
                .body("errors.line", contains(3, 4, 7))
                .extract().path("id");

        given().get("/api/v1/jobs/{id}", jobId).then().statusCode(200)
                .body("id", equalTo(jobId))
                .body("received", equalTo(7))
                .body("errors[1].reason", containsString("'html' and 'text'"))
                .body("errors[2].reason", containsString("bogus"))
                .body("analyzed", equalTo(0))
                .body("indexed", equalTo(0))
                .body("failed", equalTo(0));

        List<String> ids = articlesOf(jobId);
        assertThat(ids).hasSize(3);
        await().atMost(Duration.ofMinutes(3)).until(() -> publishedKeys().containsAll(ids));

        // The same URL and content again, in another job, is a duplicate of the first job's article.
        given().urlEncodingEnabled(false).contentType(NDJSON).body(("{\"url\":\"" + url.replace("?utm_source=x", "") + "\",\"text\":\"" + urlText + "\"}\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/articles:bulk").then().statusCode(202)
                .body("accepted", equalTo(0))
                .body("duplicates", equalTo(1));

        // Statuses reported downstream show in the job's counts; all indexed means done.
        ids.forEach(id -> connector.source("articles-indexed").send(JsonBatch.of(new IndexedArticle(id, 1, Instant.now()))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/jobs/{id}", jobId).then()
                .body("indexed", equalTo(3))
                .body("status", equalTo("DONE")));
    }

    @Test
    void gzipBodyIsInflatedAsItIsRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < 10; i++) {
                gzip.write((text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        upload(bytes.toByteArray(), "gzip").then().statusCode(202)
                .body("received", equalTo(10))
                .body("accepted", equalTo(10));
    }

    @Test
    void anUploadWithoutArticlesIsAProblemAndLeavesNoJob() throws IOException {
        long jobs = jobCount();
        ByteArrayOutputStream emptyGzip = new ByteArrayOutputStream();
        new GZIPOutputStream(emptyGzip).close();
        for (var nothing : Map.of("empty", new byte[0], "blank lines", "\n  \n\r\n".getBytes(StandardCharsets.UTF_8),
                "gzip of nothing", emptyGzip.toByteArray()).entrySet()) {
            upload(nothing.getValue(), nothing.getKey().startsWith("gzip") ? "gzip" : null).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://ziar.io/problems/invalid-input"))
                    .body("detail", containsString("no article"));
        }
        assertThat(jobCount()).as("jobs").isEqualTo(jobs);
    }

    private long jobCount() {
        return pool.query("SELECT count(*) FROM ingest_job").execute().await().atMost(Duration.ofSeconds(5))
                .iterator().next().getLong(0);
    }

    @Test
    void brokenGzipAbortsTheJobWithAProblem() {
        upload("not gzip at all\n".getBytes(StandardCharsets.UTF_8), "gzip").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("gzip"));
    }

    @Test
    void gzipBombIsRefusedAfterABoundedAmountOfWork() throws IOException {
        // 200 MB of zeros in one line, some 200 KB compressed: far past the inflation ratio.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                gzip.write(zeros);
            }
        }
        upload(bytes.toByteArray(), "gzip").then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ziar.io/problems/payload-too-large"))
                .body("detail", containsString("expands more than"));
    }

    @Test
    void linesThatAreNotStrictUtf8AreRejected() {
        // C0 AF: an overlong '/', which Jackson's own decoder would read
        byte[] overlong = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', 'a', (byte) 0xC0, (byte) 0xAF, 'b', '"', '}', '\n'};
        upload(overlong, null).then().statusCode(202)
                .body("rejected", equalTo(1))
                .body("errors[0].reason", containsString("UTF-8"));
    }

    @Test
    void contentEncodingsOtherThanGzipAreRefused() {
        upload((text() + "\n").getBytes(StandardCharsets.UTF_8), "deflate").then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ziar.io/problems/unsupported-media-type"));
    }

    @Test
    void linesPostgresqlCannotStoreAreRejectedAndTheirNeighboursKept() {
        String body = text() + "\n"
                + "{\"text\":\"a\\u0000b\"}\n"
                + "{\"text\":\"half \\uD83D pair\"}\n"
                + "{\"text\":\"x y\",\"publishedAt\":\"+999999999-12-31T23:59:59Z\"}\n"
                + "{\"text\":\"a\",\"text\":\"b\"}\n"
                + text() + "\n";
        String jobId = upload(body.getBytes(StandardCharsets.UTF_8), null).then().statusCode(202)
                .body("received", equalTo(6))
                .body("accepted", equalTo(2))
                .body("rejected", equalTo(4))
                .body("errors.line", contains(2, 3, 4, 5))
                .extract().path("id");
        assertThat(articlesOf(jobId)).hasSize(2);
    }

    @Test
    void largeUploadIsStoredInBatchesAndCountsMatch() {
        int lines = 20_000;
        StringBuilder body = new StringBuilder(lines * 80);
        String run = UUID.randomUUID().toString();
        for (int i = 0; i < lines; i++) {
            body.append("{\"text\":\"Articolul ").append(i).append(" din lotul ").append(run).append("\",\"language\":\"ro\"}\n");
        }
        String jobId = upload(body.toString().getBytes(StandardCharsets.UTF_8), null).then().statusCode(202)
                .body("received", equalTo(lines))
                .body("accepted", equalTo(lines))
                .body("rejected", equalTo(0))
                .body("duplicates", equalTo(0))
                .extract().path("id");
        List<String> ids = articlesOf(jobId);
        assertThat(ids).hasSize(lines);

        // Every accepted article has its event: still in the outbox, or already published. The rest
        // is taken out again so that 20,000 events do not hold up the other tests' events.
        Set<String> queuedOrPublished = new HashSet<>();
        pool.preparedQuery("""
                        DELETE FROM outbox_event WHERE message_key IN (SELECT id FROM article WHERE job_id = $1)
                        RETURNING message_key""")
                .execute(Tuple.of(jobId)).await().atMost(Duration.ofMinutes(1))
                .forEach(row -> queuedOrPublished.add(row.getString(0)));
        queuedOrPublished.addAll(publishedKeys());
        assertThat(queuedOrPublished).containsAll(ids);
    }

    @Test
    void uploadLargerThanTheHttpBodyLimitsIsStreamed() {
        // 12 MB, over both the 5 MB filter and Vert.x's default 10 MB; blank lines are cheap to store.
        byte[] blank = (" ".repeat(1023) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] last = (text() + "\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream(12 * 1024 * 1024 + last.length);
        for (int i = 0; i < 12 * 1024; i++) {
            body.writeBytes(blank);
        }
        body.writeBytes(last);
        upload(body.toByteArray(), null).then().statusCode(202)
                .body("received", equalTo(1))
                .body("accepted", equalTo(1));
    }

    @Test
    void tooLongLinesAndUnknownJobs() {
        String jobId = given().urlEncodingEnabled(false).contentType(NDJSON)
                .body(("{\"text\":\"" + "a".repeat(7 * 1024 * 1024) + "\"}\n" + text() + "\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/articles:bulk").then().statusCode(202)
                .body("rejected", equalTo(1))
                .body("accepted", equalTo(1))
                .body("errors", hasSize(1))
                .body("errors[0].line", equalTo(1))
                .extract().path("id");
        assertThat(jobId).isNotBlank();

        given().get("/api/v1/jobs/{id}", "no-such-job").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
