package io.ziar.ingest.feed.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.ziar.contracts.api.FeedView;
import io.ziar.ingest.article.service.ArticleDraft;
import io.ziar.ingest.feed.service.FeedPoller;
import io.ziar.testing.InMemoryChannels;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = FeedSites.class, restrictToAnnotatedClass = true)
@InMemoryChannels(incoming = {"articles-analyzed", "articles-indexed"}, outgoing = "outbox")
class FeedResourceTest {

    private static final String RSS = "application/rss+xml";

    WireMockServer site;

    @Inject
    FeedPoller poller;

    @Inject
    Pool pool;

    @BeforeEach
    void reset() {
        site.resetAll();
        site.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain")
                .withBody("User-agent: *\nDisallow: /private/\n")));
    }

    private static ValidatableResponse post(String contentType, String feed) {
        return given().urlEncodingEnabled(false).contentType(contentType).body(feed.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/feeds:ingest").then();
    }

    private long count(String sql, Object... parameters) {
        return pool.preparedQuery(sql).execute(Tuple.from(parameters)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
    }

    private static String rss(String... items) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                + "<channel><title>Test</title>" + String.join("", items) + "</channel></rss>";
    }

    private static String item(String link, String content) {
        return "<item><title>Titlu " + UUID.randomUUID() + "</title><link>" + link + "</link>"
                + (content == null ? "" : "<description><![CDATA[" + content + "]]></description>")
                + "<pubDate>Thu, 16 May 2024 10:00:00 +0300</pubDate></item>";
    }

    @Test
    void postedItemsBecomeArticlesAndAnItemWithoutContentIsRejected() {
        String first = "https://www.example.ro/feed/" + UUID.randomUUID();
        String jobId = post(RSS, rss(
                item(first + "?utm_medium=rss", "<p>Guvernul a aprobat bugetul " + UUID.randomUUID() + "</p>"),
                item("https://www.example.ro/feed/" + UUID.randomUUID(), "<p>Altă știre " + UUID.randomUUID() + "</p>"),
                item("https://www.example.ro/feed/" + UUID.randomUUID(), null)))
                .statusCode(202)
                .header("Location", containsString("/api/v1/jobs/"))
                .body("received", equalTo(3))
                .body("accepted", equalTo(2))
                .body("rejected", equalTo(1))
                .body("errors[0].item", equalTo(3)).body("errors[0].line", nullValue())
                .body("errors[0].reason", containsString("description"))
                .extract().path("id");

        given().get("/api/v1/articles/{id}", ArticleDraft.idOf(first)).then().statusCode(200)
                .body("url", equalTo(first))
                .body("publishedAt", equalTo("2024-05-16T07:00:00Z"));
        assertThat(count("SELECT count(*) FROM article WHERE job_id = $1", jobId)).isEqualTo(2);

        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{}").post("/api/v1/feeds:ingest")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void externalEntitiesAreRefusedAsProblemsAndNothingIsReadOrStored() throws IOException {
        String secret = "secret-" + UUID.randomUUID();
        Path file = Files.createTempFile("ziar-xxe", ".txt");
        Files.writeString(file, secret);
        long jobs = count("SELECT count(*) FROM ingest_job");
        try {
            List<String> attacks = List.of(
                    "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + file.toUri() + "\">]>",
                    "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + site.baseUrl() + "/xxe\">]>",
                    "<!DOCTYPE rss [<!ENTITY % remote SYSTEM \"" + site.baseUrl() + "/dtd\"> %remote;]>",
                    "<!DOCTYPE rss SYSTEM \"" + site.baseUrl() + "/external.dtd\">");
            for (String doctype : attacks) {
                String feed = "<?xml version=\"1.0\"?>" + doctype + "<rss version=\"2.0\"><channel><item><title>&xxe;</title>"
                        + "<link>https://www.example.ro/xxe/" + UUID.randomUUID() + "</link><description>&xxe;</description>"
                        + "</item></channel></rss>";
                post(RSS, feed).statusCode(400)
                        .contentType("application/problem+json")
                        .body("type", equalTo("https://ziar.io/problems/invalid-xml"))
                        .body("field", equalTo("feed"))
                        .body("detail", containsString("DOCTYPE"));
            }
        } finally {
            Files.delete(file);
        }
        site.verify(0, anyRequestedFor(anyUrl()));
        assertThat(count("SELECT count(*) FROM ingest_job")).isEqualTo(jobs);
        assertThat(count("SELECT count(*) FROM article WHERE html LIKE $1", "%" + secret + "%")).isZero();
    }

    @Test
    void anOversizedFeedIsAProblem() {
        // chunked (no Content-Length): the body limit reads it up to its bound and refuses it there
        byte[] big = rss(item("https://www.example.ro/big", "x".repeat(6 * 1024 * 1024))).getBytes(StandardCharsets.UTF_8);
        given().urlEncodingEnabled(false).contentType(RSS).body(new java.io.ByteArrayInputStream(big))
                .post("/api/v1/feeds:ingest").then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", endsWith("payload-too-large"));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void feedsAreRegisteredListedAndDeleted() {
        String url = site.baseUrl() + "/feeds/" + UUID.randomUUID() + ".xml";
        String id = given().contentType(ContentType.JSON).body(Map.of("url", url)).post("/api/v1/feeds").then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/feeds/"))
                .body("url", equalTo(url))
                .extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("url", url + "?utm_source=x")).post("/api/v1/feeds").then()
                .statusCode(200).body("id", equalTo(id));
        given().get("/api/v1/feeds").then().statusCode(200).body("id", hasItem(id));
        given().get("/api/v1/feeds/{id}", id).then().statusCode(200).body("url", equalTo(url));

        given().delete("/api/v1/feeds/{id}", id).then().statusCode(204);
        given().get("/api/v1/feeds/{id}", id).then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/v1/feeds/{id}", id).then().statusCode(404);

        given().contentType(ContentType.JSON).body(Map.of("url", "ftp://example.ro/feed")).post("/api/v1/feeds").then()
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("url"));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/feeds").then()
                .statusCode(400).body("field", equalTo("url"));
        site.verify(0, getRequestedFor(anyUrl()));
    }

    private String register(String path) {
        return given().contentType(ContentType.JSON).body(Map.of("url", site.baseUrl() + path)).post("/api/v1/feeds")
                .then().statusCode(201).extract().path("id");
    }

    private void stubPage(String path, String text) {
        site.stubFor(get(path).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<html><head><title>Pagina</title></head><body><p>" + text + "</p></body></html>")));
    }

    @Test
    void aRegisteredFeedIsPolledPolitely() {
        String run = UUID.randomUUID().toString();
        String feedPath = "/news/" + run + "/feed.xml";
        String feed = rss(item(site.baseUrl() + "/news/" + run + "/1", null),
                item(site.baseUrl() + "/news/" + run + "/2", null),
                item(site.baseUrl() + "/private/" + run + "/3", null));
        site.stubFor(get(feedPath).atPriority(1).withHeader("If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"v1\""))
                .willReturn(aResponse().withStatus(304)));
        site.stubFor(get(feedPath).atPriority(2).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", RSS).withHeader("ETag", "\"v1\"").withBody(feed)));
        stubPage("/news/" + run + "/1", "Primul articol " + run);
        stubPage("/news/" + run + "/2", "Al doilea articol " + run);
        stubPage("/private/" + run + "/3", "Nu trebuia citit " + run);
        String id = register(feedPath);

        FeedView first = poller.pollNow(id);
        assertThat(first.lastStatus()).isEqualTo(FeedPoller.OK);
        assertThat(first.etag()).isEqualTo("\"v1\"");
        given().get(first.lastJob()).then().statusCode(200)
                .body("received", equalTo(3))
                .body("accepted", equalTo(2))
                .body("rejected", equalTo(1))
                .body("errors[0].item", equalTo(3)).body("errors[0].line", nullValue())
                .body("errors[0].reason", containsString("robots.txt"));
        given().get("/api/v1/articles/{id}", ArticleDraft.idOf(site.baseUrl() + "/news/" + run + "/1")).then().statusCode(200)
                .body("publishedAt", equalTo("2024-05-16T07:00:00Z"));
        site.verify(0, getRequestedFor(urlEqualTo("/private/" + run + "/3")));
        site.verify(1, getRequestedFor(urlEqualTo(feedPath)).withHeader("If-None-Match", absent()));
        site.verify(getRequestedFor(urlEqualTo("/news/" + run + "/1")).withHeader("User-Agent", containing("ZiarBot")));

        // one request at a time per host, 200 ms (in tests) from the end of one to the next, robots.txt included:
        // so the server sees them arrive at least that far apart, however slow the machine
        List<Long> times = site.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .map(request -> request.getLoggedDate().getTime()).sorted(Comparator.naturalOrder()).toList();
        assertThat(times).hasSizeGreaterThanOrEqualTo(4);
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i) - times.get(i - 1)).as("gap before request %d", i).isGreaterThanOrEqualTo(180);
        }

        // Nothing changed: a conditional GET, 304, no job, no page fetched again.
        FeedView second = poller.pollNow(id);
        assertThat(second.lastStatus()).isEqualTo(FeedPoller.NOT_MODIFIED);
        assertThat(second.lastJob()).isEqualTo(first.lastJob());
        site.verify(1, getRequestedFor(urlEqualTo(feedPath)).withHeader("If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"v1\"")));
        site.verify(1, getRequestedFor(urlEqualTo("/news/" + run + "/1")));

        // A changed feed: only its new item's page is fetched; the known ones are duplicates.
        site.stubFor(get(feedPath).atPriority(1).willReturn(aResponse().withStatus(200).withHeader("Content-Type", RSS)
                .withHeader("ETag", "\"v2\"").withBody(feed.replace("</channel>",
                        item(site.baseUrl() + "/news/" + run + "/4", null) + "</channel>"))));
        stubPage("/news/" + run + "/4", "Al patrulea " + run);
        FeedView third = poller.pollNow(id);
        assertThat(third.etag()).isEqualTo("\"v2\"");
        given().get(third.lastJob()).then().body("received", equalTo(4)).body("accepted", equalTo(1))
                .body("duplicates", equalTo(2)).body("rejected", equalTo(1));
        site.verify(1, getRequestedFor(urlEqualTo("/news/" + run + "/1")));
    }

    @Test
    void aFeedThatRobotsTxtDisallowsIsNotFetched() {
        String feedPath = "/private/" + UUID.randomUUID() + "/feed.xml";
        site.stubFor(get(feedPath).willReturn(aResponse().withStatus(200).withHeader("Content-Type", RSS).withBody(rss())));
        FeedView polled = poller.pollNow(register(feedPath));
        assertThat(polled.lastStatus()).isEqualTo(FeedPoller.ROBOTS_DISALLOWED);
        assertThat(polled.lastError()).contains("robots.txt");
        site.verify(0, getRequestedFor(urlEqualTo(feedPath)));
        site.verify(1, getRequestedFor(urlEqualTo("/robots.txt")));
    }

    @Test
    void aFeedThatIsNoFeedIsAFailedPoll() {
        String feedPath = "/news/" + UUID.randomUUID() + "/feed.xml";
        site.stubFor(get(feedPath).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html><body>no feed</body></html>")));
        FeedView polled = poller.pollNow(register(feedPath));
        assertThat(polled.lastStatus()).isEqualTo(FeedPoller.FAILED);
        assertThat(polled.lastError()).contains("Not an RSS 2.0 or Atom feed");
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern containing(String value) {
        return com.github.tomakehurst.wiremock.client.WireMock.containing(value);
    }
}
