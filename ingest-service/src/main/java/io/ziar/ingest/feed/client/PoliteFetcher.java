package io.ziar.ingest.feed.client;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.ziar.commons.input.LimitedInputStream;
import io.ziar.commons.problem.ProblemException;
import io.ziar.ingest.feed.config.FeedConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GETs feeds and pages the way a polite crawler does: robots.txt first (kept per origin for
 * {@code robots-ttl}; a missing one allows all, an unreachable or failing one disallows all, as RFC 9309
 * says), at most one request per host per {@code host-interval} or the host's Crawl-delay, conditional
 * requests with the validators of the last answer, bodies bounded, redirects followed by hand (at most
 * {@value #MAX_REDIRECTS}) so that each hop is checked like the first. Blocking.
 */
@ApplicationScoped
public class PoliteFetcher {

    /** What a GET came to. */
    public sealed interface Result {
    }

    /** 200: the body (at most the given size), its content type and validators, and the URL it came from. */
    public record Fetched(URI url, byte[] body, String contentType, String etag, String lastModified) implements Result {
    }

    /** 304: nothing changed since the validators sent. */
    public record NotModified() implements Result {
    }

    /** robots.txt does not allow the URL. */
    public record Disallowed(URI url) implements Result {
    }

    /** Anything else, with the reason. */
    public record Failed(String reason) implements Result {
    }

    private static final int MAX_REDIRECTS = 5;
    private static final long MAX_ROBOTS_SIZE = 512 * 1024;

    private record CachedRules(BaseRobotRules rules, long expiresAt) {
    }

    private final FeedConfig config;
    private final HostGuard guard;
    private final HostThrottle throttle;
    private final HttpClient client;
    private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();
    private final Map<String, CachedRules> robots = new ConcurrentHashMap<>();

    public PoliteFetcher(FeedConfig config, HostGuard guard, HostThrottle throttle) {
        this.config = config;
        this.guard = guard;
        this.throttle = throttle;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A GET of {@code url}, conditional when {@code etag} or {@code lastModified} is given. */
    public Result get(URI url, String etag, String lastModified, long maxBytes) {
        URI current = url;
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                guard.check(current, "url");
                BaseRobotRules rules = rules(current);
                if (!rules.isAllowed(current.toString())) {
                    return new Disallowed(current);
                }
                HttpRequest.Builder request = request(current);
                if (etag != null) {
                    request.header("If-None-Match", etag);
                }
                if (lastModified != null) {
                    request.header("If-Modified-Since", lastModified);
                }
                Answer answer = exchange(current, request.build(), interval(rules), maxBytes);
                if (answer.status() == 304) {
                    return new NotModified();
                }
                var location = answer.headers().firstValue("Location");
                if (answer.status() >= 300 && answer.status() < 400 && location.isPresent()) {
                    current = current.resolve(location.get());
                    continue;
                }
                if (answer.status() != 200) {
                    return new Failed("HTTP " + answer.status() + " from " + current);
                }
                return new Fetched(current, answer.body(), answer.headers().firstValue("Content-Type").orElse(null),
                        answer.headers().firstValue("ETag").orElse(null),
                        answer.headers().firstValue("Last-Modified").orElse(null));
            }
            return new Failed("More than " + MAX_REDIRECTS + " redirects from " + url);
        } catch (LimitedInputStream.TooLargeException e) {
            return new Failed("The answer from " + current + " is " + e.getMessage());
        } catch (ProblemException e) {
            return new Failed(e.getMessage() + ": " + current);
        } catch (IOException | IllegalArgumentException e) {
            return new Failed("Cannot fetch " + current + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed("Interrupted while fetching " + current);
        }
    }

    /** A status, headers, and (for a 200) the body read to its end. */
    private record Answer(int status, HttpHeaders headers, byte[] body) {
    }

    /** One request in the host's turn; the turn ends when the body is read. */
    private Answer exchange(URI url, HttpRequest request, Duration interval, long maxBytes)
            throws IOException, InterruptedException {
        return throttle.call(url.getHost(), interval, () -> {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                byte[] bytes = response.statusCode() == 200 ? LimitedInputStream.readAll(body, maxBytes) : null;
                return new Answer(response.statusCode(), response.headers(), bytes);
            }
        });
    }

    private HttpRequest.Builder request(URI url) {
        return HttpRequest.newBuilder(url).GET()
                .timeout(config.requestTimeout())
                .header("User-Agent", config.userAgent());
    }

    private Duration interval(BaseRobotRules rules) {
        long crawlDelay = rules.getCrawlDelay();
        if (crawlDelay == BaseRobotRules.UNSET_CRAWL_DELAY || crawlDelay <= 0) {
            return config.hostInterval();
        }
        Duration asked = Duration.ofMillis(crawlDelay);
        Duration capped = asked.compareTo(config.maxCrawlDelay()) > 0 ? config.maxCrawlDelay() : asked;
        return capped.compareTo(config.hostInterval()) > 0 ? capped : config.hostInterval();
    }

    /** The origin's robots.txt rules, fetched (throttled like any request) when not cached or expired. */
    private BaseRobotRules rules(URI url) throws InterruptedException {
        String origin = url.getScheme() + "://" + url.getRawAuthority();
        CachedRules cached = robots.get(origin);
        if (cached != null && cached.expiresAt() > System.nanoTime()) {
            return cached.rules();
        }
        URI robotsUrl = URI.create(origin + "/robots.txt");
        BaseRobotRules rules;
        try {
            Answer answer = exchange(robotsUrl, request(robotsUrl).build(), config.hostInterval(), MAX_ROBOTS_SIZE);
            rules = answer.status() == 200
                    ? robotsParser.parseContent(robotsUrl.toString(), answer.body(),
                            answer.headers().firstValue("Content-Type").orElse("text/plain"), List.of(config.robotsAgent()))
                    : robotsParser.failedFetch(answer.status());
        } catch (IOException e) {
            // unreachable: assume everything is disallowed until the next try
            rules = robotsParser.failedFetch(503);
        }
        robots.put(origin, new CachedRules(rules, System.nanoTime() + config.robotsTtl().toNanos()));
        return rules;
    }
}
