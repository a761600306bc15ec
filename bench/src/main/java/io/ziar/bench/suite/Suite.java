package io.ziar.bench.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ziar.search.article.query.SearchQueryBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The local suite that {@code ./ziar up} started, as the benchmarks reach it: the gateway with the
 * admin key, OpenSearch directly (for the baseline of search latency), and the services' PID files.
 */
public final class Suite {

    private static final int UNAVAILABLE_ATTEMPTS = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI gateway;
    private final URI openSearch;
    private final String key;
    private final Path run;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public Suite(URI gateway, URI openSearch, String key, Path run) {
        this.gateway = gateway;
        this.openSearch = openSearch;
        this.key = key;
        this.run = run;
    }

    /** From the environment that {@code ./ziar bench} sets: ZIAR_GATEWAY_URL, ZIAR_OPENSEARCH_URL, ZIAR_ADMIN_KEY, ZIAR_RUN_DIR. */
    public static Suite fromEnvironment() {
        Map<String, String> env = System.getenv();
        String key = env.get("ZIAR_ADMIN_KEY");
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("ZIAR_ADMIN_KEY is not set (./ziar bench sets it from the run directory)");
        }
        return new Suite(URI.create(env.getOrDefault("ZIAR_GATEWAY_URL", "http://127.0.0.1:8080")),
                URI.create(env.getOrDefault("ZIAR_OPENSEARCH_URL", "http://127.0.0.1:9200")), key,
                Path.of(env.getOrDefault("ZIAR_RUN_DIR", ".run")));
    }

    public Path runDirectory() {
        return run;
    }

    public void requireReady() {
        HttpResponse<String> health = send(HttpRequest.newBuilder(gateway.resolve("/q/health/group/services")).GET());
        if (health.statusCode() != 200) {
            throw new IllegalStateException("the suite is not ready (start it with ./ziar up): " + health.body());
        }
    }

    /**
     * Streams an NDJSON body to the bulk endpoint; the answer comes when the upload is stored. Sent again
     * after Retry-After while the suite answers 503 (a service restarting, the pipeline's backlog full), as
     * a well-behaved client does: a repeat of what was stored is a duplicate.
     */
    public JsonNode bulk(Supplier<InputStream> ndjson) {
        return patiently(() -> authorized("/api/v1/articles:bulk").header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofHours(2)).POST(HttpRequest.BodyPublishers.ofInputStream(ndjson)), 202);
    }

    public JsonNode submit(String article) {
        return json(send(authorized("/api/v1/articles").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(article))), 202);
    }

    /** A job's progress; asked again while the suite answers 503, as a client polling a job would. */
    public JsonNode job(String id) {
        return patiently(() -> authorized("/api/v1/jobs/" + id).GET(), 200);
    }

    public HttpResponse<String> search(Map<String, String> parameters) {
        return send(authorized("/api/v1/search?" + query(parameters)).GET());
    }

    /**
     * A search straight to OpenSearch: {@code endpoint} {@code _search} with a JSON body or {@code _msearch} with NDJSON;
     * {@code index} null for a search that reads a point in time.
     */
    public HttpResponse<String> searchOpenSearch(String index, String endpoint, String body) {
        String type = endpoint.equals("_msearch") ? "application/x-ndjson" : "application/json";
        return send(HttpRequest.newBuilder(openSearch.resolve((index == null ? "" : "/" + index) + "/" + endpoint))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any request straight to OpenSearch ({@code body} null for none); fails unless it answers 2xx. */
    public JsonNode openSearch(String method, String path, String contentType, String body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        HttpResponse<String> response = send(HttpRequest.newBuilder(openSearch.resolve(path)).header("Content-Type", contentType)
                .method(method, publisher));
        return json(response, response.statusCode() / 100 == 2 ? response.statusCode() : 200);
    }

    /** Opens a point in time on the index for as long as search-service keeps its own; returns its id. */
    public String openPointInTime(String index) {
        return json(send(HttpRequest.newBuilder(openSearch.resolve("/" + index + "/_search/point_in_time?keep_alive="
                        + SearchQueryBuilder.PIT_KEEP_ALIVE))
                .POST(HttpRequest.BodyPublishers.noBody())), 200).path("pit_id").asText();
    }

    /** Refreshes the index: a new index generation, so search-service's first-page cache starts empty. */
    public void refreshOpenSearch(String index) {
        json(send(HttpRequest.newBuilder(openSearch.resolve("/" + index + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody())), 200);
    }

    public JsonNode openSearchCount(String index) {
        return json(send(HttpRequest.newBuilder(openSearch.resolve("/" + index + "/_count")).GET()), 200);
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(gateway.resolve(path)).header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(30));
    }

    /**
     * Sends the request again after Retry-After (1 s without one, at most 30) while the suite answers 503
     * (a service restarting, the gateway's circuit to one open while a fresh suite's JVMs compile, the
     * pipeline's backlog full), at most {@value #UNAVAILABLE_ATTEMPTS} times.
     */
    private JsonNode patiently(Supplier<HttpRequest.Builder> request, int expected) {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = send(request.get());
            if (response.statusCode() != 503 || attempt == UNAVAILABLE_ATTEMPTS) {
                return json(response, expected);
            }
            long wait = response.headers().firstValueAsLong("Retry-After").orElse(1);
            try {
                Thread.sleep(Duration.ofSeconds(Math.max(1, Math.min(wait, 30))).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return json(response, expected);
            }
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Resident memory (VmRSS) of each service started in the run directory, in MB, from its PID file. */
    public Map<String, Long> residentMemory() {
        try (var files = Files.list(run.resolve("pids"))) {
            return files.filter(file -> file.toString().endsWith(".pid")).sorted()
                    .collect(Collectors.toMap(file -> file.getFileName().toString().replace(".pid", ""), Suite::rssMegabytes,
                            (a, b) -> a, java.util.LinkedHashMap::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long rssMegabytes(Path pidFile) {
        try {
            String pid = Files.readString(pidFile).strip();
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not running
        }
        return -1;
    }
}
