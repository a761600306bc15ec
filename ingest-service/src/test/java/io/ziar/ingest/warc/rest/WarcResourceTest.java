package io.ziar.ingest.warc.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.ziar.ingest.article.service.ArticleDraft;
import io.ziar.testing.InMemoryChannels;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@InMemoryChannels(incoming = {"articles-analyzed", "articles-indexed"}, outgoing = "outbox")
class WarcResourceTest {

    private static final Instant CRAWLED = Instant.parse("2024-05-16T10:00:00Z");

    /** One record, gzip-compressed on its own as in CC-NEWS. */
    private static byte[] record(org.netpreserve.jwarc.WarcRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP).write(record);
        return out.toByteArray();
    }

    private static byte[] html(String uri, String contentType, String body) throws IOException {
        return record(response(uri, contentType, body));
    }

    private static WarcResponse response(String uri, String contentType, String body) throws IOException {
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
        return new WarcResponse.Builder(URI.create(uri)).date(CRAWLED).body(MediaType.HTTP_RESPONSE, http).build();
    }

    /** A response record whose Content-Length says {@code length} whatever its content, compressed on its own. */
    private static byte[] lying(String uri, String body, int length) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        new WarcWriter(Channels.newChannel(plain), WarcCompression.NONE).write(response(uri, "text/html", body));
        String text = plain.toString(StandardCharsets.ISO_8859_1);
        String lie = text.replaceFirst("Content-Length: \\d+", "Content-Length: " + length);
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(lie.getBytes(StandardCharsets.ISO_8859_1));
        }
        return gzipped.toByteArray();
    }

    private static byte[] concat(byte[]... records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] record : records) {
            out.writeBytes(record);
        }
        return out.toByteArray();
    }

    private static ValidatableResponse upload(byte[] warc) {
        return given().contentType("application/warc").body(warc).post("/api/v1/warc").then();
    }

    private static String page(String text) {
        return "<html><head><title>Știre</title></head><body><p>" + text + "</p></body></html>";
    }

    @Test
    void htmlResponsesBecomeArticlesWithTheirTargetUriAndDate() throws IOException {
        String url = "https://www.example.ro/warc/" + UUID.randomUUID();
        byte[] warc = concat(
                record(new Warcinfo.Builder().fields(Map.of("software", java.util.List.of("test"))).build()),
                record(new WarcRequest.Builder(URI.create(url)).date(CRAWLED)
                        .body(MediaType.HTTP_REQUEST, "GET / HTTP/1.1\r\nHost: example.ro\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).build()),
                html(url + "?utm_source=cc", "text/html; charset=utf-8", page("Consiliul a decis " + UUID.randomUUID())),
                html("https://www.example.ro/logo.png", "image/png", "not html"),
                html("https://www.example.ro/warc/" + UUID.randomUUID(), "text/html", page("Altă știre " + UUID.randomUUID())));

        upload(warc).statusCode(202)
                .header("Location", containsString("/api/v1/jobs/"))
                .body("received", equalTo(2))
                .body("accepted", equalTo(2))
                .body("rejected", equalTo(0))
                .body("status", equalTo("PROCESSING"));

        given().get("/api/v1/articles/{id}", ArticleDraft.idOf(url)).then().statusCode(200)
                .body("url", equalTo(url))
                .body("publishedAt", equalTo("2024-05-16T10:00:00Z"))
                .body("source", equalTo("example.ro"));

        // the same file again: nothing new
        upload(warc).statusCode(202).body("accepted", equalTo(0)).body("duplicates", equalTo(2));
    }

    @Test
    void aRecordShorterThanItsContentLengthSaysIsRejectedAndWhatCameBeforeStays() throws IOException {
        String kept = "https://www.example.ro/warc/" + UUID.randomUUID();
        String cut = "https://www.example.ro/warc/" + UUID.randomUUID();
        byte[] warc = concat(
                html(kept, "text/html", page("Rămâne " + UUID.randomUUID())),
                lying(cut, page("Minte " + UUID.randomUUID()), 20),
                html("https://www.example.ro/warc/" + UUID.randomUUID(), "text/html", page("După " + UUID.randomUUID())));

        upload(warc).statusCode(202)
                .body("accepted", equalTo(1))
                .body("rejected", equalTo(1))
                .body("errors[0].record", equalTo(2))
                .body("errors[0].reason", containsString("Content-Length"))
                .body("reason", containsString("record 2"));
        given().get("/api/v1/articles/{id}", ArticleDraft.idOf(kept)).then().statusCode(200);
        given().get("/api/v1/articles/{id}", ArticleDraft.idOf(cut)).then().statusCode(404);
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void aRecordLongerThanWhatFollowsIsRejected() throws IOException {
        String first = "https://www.example.ro/warc/" + UUID.randomUUID();
        byte[] warc = concat(
                html(first, "text/html", page("Întâi " + UUID.randomUUID())),
                lying("https://www.example.ro/warc/" + UUID.randomUUID(), page("Minte " + UUID.randomUUID()), 50_000));

        upload(warc).statusCode(202)
                .body("accepted", equalTo(1))
                .body("rejected", equalTo(1))
                .body("errors[0].record", equalTo(2));
        given().get("/api/v1/articles/{id}", ArticleDraft.idOf(first)).then().statusCode(200);
    }

    @Test
    void aBodyThatIsNoWarcIsAProblem() {
        upload("{\"text\":\"not a warc\"}\n".getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .contentType("application/problem+json")
                .body("type", containsString("invalid-input"))
                .body("field", equalTo("body"));
        given().contentType("text/plain").body("x").post("/api/v1/warc").then().statusCode(415)
                .contentType("application/problem+json");
    }
}
