import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Posts the sample articles through the gateway (the seed as text, the extraction dev pages as
 * HTML with their URLs) and reports how long the seed took from POST to searchable.
 * Single-file program: `java dev/SampleIngest.java GATEWAY KEY SHARED_DATA_DIR`. JDK only.
 */
public class SampleIngest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final int MAX_RETRIES = 10;
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        String key = args[1];
        Path data = Path.of(args[2]);

        long start = System.nanoTime();
        String seedId = post(gateway, key, "{\"text\":" + json(Files.readString(data.resolve("seed/g4media-lavrov-mali.txt"))) + "}");
        int pages = 0;
        Path extraction = data.resolve("extraction/dev");
        String groundTruth = Files.readString(extraction.resolve("ground-truth.json"));
        try (Stream<Path> files = Files.list(extraction.resolve("html"))) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String name = page.getFileName().toString().replace(".html", "");
                String url = urlOf(groundTruth, name);
                post(gateway, key, "{\"html\":" + json(Files.readString(page)) + (url == null ? "" : ",\"url\":" + json(url)) + "}");
                pages++;
            }
        }
        System.out.printf("posted the seed article (id %s) and %d HTML pages%n", seedId, pages);

        String status = "";
        while (!status.equals("INDEXED") && !status.equals("FAILED") && elapsed(start) < 120_000) {
            Matcher m = STATUS.matcher(get(gateway, key, "/api/v1/articles/" + seedId));
            status = m.find() ? m.group(1) : "";
            Thread.sleep(100);
        }
        while (!get(gateway, key, "/api/v1/search?q=" + URLEncoder.encode("Lavrov", StandardCharsets.UTF_8)).contains(seedId)
                && elapsed(start) < 120_000) {
            Thread.sleep(100);
        }
        System.out.printf("seed article %s, searchable %d ms after its POST%n", status, elapsed(start));
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Posts one article; a 503 (a service still warming up) is retried after its Retry-After, as clients should. */
    private static String post(String gateway, String key, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/articles"))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        for (int attempt = 1; response.statusCode() == 503 && attempt <= MAX_RETRIES; attempt++) {
            Thread.sleep(1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
        if (response.statusCode() != 202) {
            throw new IllegalStateException("POST answered " + response.statusCode() + ": " + response.body());
        }
        Matcher m = ID.matcher(response.body());
        return m.find() ? m.group(1) : null;
    }

    private static String get(String gateway, String key, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", "Bearer " + key).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The "url" of one entry of ground-truth.json ({"<id>": {"articleBody": ..., "url": ...}}). */
    private static String urlOf(String groundTruth, String id) {
        int entry = groundTruth.indexOf("\"" + id + "\"");
        if (entry < 0) {
            return null;
        }
        Matcher m = Pattern.compile("\"url\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(groundTruth);
        return m.find(entry) ? m.group(1).replace("\\/", "/") : null;
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private SampleIngest() {
    }
}
