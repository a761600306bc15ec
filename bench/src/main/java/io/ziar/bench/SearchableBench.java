package io.ziar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ziar.bench.corpus.CorpusGenerator;
import io.ziar.bench.suite.Latencies;
import io.ziar.bench.suite.PublishedEvents;
import io.ziar.bench.suite.Report;
import io.ziar.bench.suite.Suite;
import io.ziar.contracts.Topics;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time to searchable: articles POSTed one by one at a steady rate, each carrying a marker word of its
 * own; a poller searches for the oldest markers still missing (many per query, OR-ed) every 100 ms, and
 * the time from just before an article's POST to the first search that returns it is recorded; it
 * goes on for a grace period after the last POST. Beside it, the time from the POST to the article's
 * INDEXED event on {@link Topics#INDEXED} (searchable by then), read by a consumer of the bench's own:
 * the poller only asks for the oldest missing markers, so once more are waiting than it asks for, its
 * figure counts its own delay too.
 */
final class SearchableBench {

    private static final long POLL_MILLIS = 100;
    private static final int MARKERS_PER_QUERY = 40;
    private static final long GRACE_SECONDS = 60;
    private static final int POSTERS = 64;
    private static final int QUERIES_PER_ROUND = 4;

    private final Suite suite;
    private final CorpusGenerator corpus;
    private final long seed;
    private final ObjectMapper json = new ObjectMapper();

    SearchableBench(Suite suite, CorpusGenerator corpus, long seed) {
        this.suite = suite;
        this.corpus = corpus;
        this.seed = seed;
    }

    /** Marker of one article: a word no corpus sentence contains. */
    private String marker(long index) {
        return "zmk" + Long.toString(seed, 36) + "x" + Long.toString(index, 36);
    }

    void run(int rate, int seconds) throws InterruptedException {
        suite.requireReady();
        Report report = new Report("./ziar bench searchable --rate " + rate + " --seconds " + seconds + " --seed " + seed);
        Map<String, Long> pending = new ConcurrentHashMap<>(); // marker -> nanos just before its POST
        Map<String, String> ids = new ConcurrentHashMap<>(); // article id -> marker
        Latencies searchable = new Latencies();
        Latencies accepted = new Latencies();
        AtomicLong failures = new AtomicLong();
        long total = (long) rate * seconds;
        // When each article's INDEXED event is read: searchable by then (the indexer publishes it after the
        // bulk write that waited for the refresh), measured without a search; nothing asked of the suite.
        Map<String, Long> sentById = new ConcurrentHashMap<>();
        Map<String, Long> indexedById = new ConcurrentHashMap<>();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            try (PublishedEvents indexed = PublishedEvents.fromEnvironment(Topics.INDEXED)) {
                indexed.readKeys(id -> indexedById.putIfAbsent(id, System.nanoTime()), watching::get);
            }
        }, "indexed-events");
        watcher.setDaemon(true);
        watcher.start();
        AtomicLong next = new AtomicLong();
        // enough posters that a slow POST (hundreds of ms under load) never holds the rate back
        ExecutorService posters = Executors.newFixedThreadPool(POSTERS);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        clock.scheduleAtFixedRate(() -> {
            long index = next.getAndIncrement();
            if (index >= total) {
                return;
            }
            posters.execute(() -> {
                String marker = marker(index);
                long sent = System.nanoTime();
                pending.put(marker, sent);
                try {
                    JsonNode answer = suite.submit(corpus.markedLine(index, marker));
                    accepted.add(System.nanoTime() - sent);
                    ids.put(answer.path("id").asText(), marker);
                    sentById.put(answer.path("id").asText(), sent);
                } catch (RuntimeException e) {
                    pending.remove(marker);
                    failures.incrementAndGet();
                }
            });
        }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);

        long postingEnds = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < postingEnds + TimeUnit.SECONDS.toNanos(GRACE_SECONDS) && (next.get() < total || !pending.isEmpty())) {
            // the oldest pending markers, a query per MARKERS_PER_QUERY: the pipeline works oldest first, and
            // more queries a round would load the machine the pipeline runs on
            List<String> markers = pending.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .limit((long) MARKERS_PER_QUERY * QUERIES_PER_ROUND).map(Map.Entry::getKey).toList();
            for (int from = 0; from < markers.size(); from += MARKERS_PER_QUERY) {
                for (String id : found(markers.subList(from, Math.min(markers.size(), from + MARKERS_PER_QUERY)))) {
                    String marker = ids.get(id);
                    Long sent = marker == null ? null : pending.remove(marker);
                    if (sent != null) {
                        searchable.add(System.nanoTime() - sent);
                    }
                }
            }
            Thread.sleep(POLL_MILLIS);
        }
        clock.shutdownNow();
        posters.shutdown();
        watching.set(false);
        watcher.join();
        Latencies indexed = new Latencies();
        sentById.forEach((id, sent) -> {
            Long at = indexedById.get(id);
            if (at != null) {
                indexed.add(at - sent);
            }
        });
        report.line("posted %d at %d/s for %d s: found %d, never found within %d s: %d, POST failures %d", next.get() >= total ? total : next.get(),
                rate, seconds, searchable.count(), GRACE_SECONDS, pending.size(), failures.get());
        report.line("POST -> 202:        p50 %7.0f ms  p99 %7.0f ms", accepted.percentileMillis(50), accepted.percentileMillis(99));
        report.line("POST -> searchable: p50 %7.0f ms  p90 %7.0f ms  p99 %7.0f ms  max %7.0f ms (poll every %d ms)",
                searchable.percentileMillis(50), searchable.percentileMillis(90), searchable.percentileMillis(99),
                searchable.percentileMillis(100), POLL_MILLIS);
        report.line("POST -> INDEXED:    p50 %7.0f ms  p90 %7.0f ms  p99 %7.0f ms  max %7.0f ms (%d events read from %s, no search)",
                indexed.percentileMillis(50), indexed.percentileMillis(90), indexed.percentileMillis(99),
                indexed.percentileMillis(100), indexed.count(), Topics.INDEXED);
        report.append();
    }

    private List<String> found(List<String> markers) {
        HttpResponse<String> response = suite.search(Map.of("q", String.join(" OR ", markers), "size", "100"));
        if (response.statusCode() != 200) {
            return List.of();
        }
        try {
            List<String> ids = new ArrayList<>();
            json.readTree(response.body()).path("hits").forEach(hit -> ids.add(hit.path("id").asText()));
            return ids;
        } catch (IOException e) {
            return List.of();
        }
    }
}
