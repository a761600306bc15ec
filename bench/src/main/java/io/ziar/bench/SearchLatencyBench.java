package io.ziar.bench;

import io.ziar.bench.corpus.SharedSentences;
import io.ziar.bench.suite.Latencies;
import io.ziar.bench.suite.Report;
import io.ziar.bench.suite.Suite;
import io.ziar.search.article.query.SearchQueryBuilder;
import io.ziar.search.article.query.SearchRequest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Search latency under concurrent clients: a fixed mix of queries (words, two words, a quoted phrase,
 * a language filter; facets and highlights are always on), asked again and again as analysts repeat
 * questions, sent through the gateway, and the same queries sent straight to OpenSearch with the
 * {@code _msearch} search-service builds for them (the page, and its total and facets, which the
 * node's request cache keeps), and as one uncached search with hits and facets together (what a search
 * cost before). The _msearch is sent a second time reading a point in time, as search-service sends
 * it. Before these are timed, each query of the mix has been asked once (an analyst's question asked
 * again; each client count starts with search-service's cache empty, the index refreshed). Then
 * queries asked once only in the whole run ("new"), through the gateway and straight to OpenSearch,
 * each way its own: what a question nobody asked before costs, with no cache of either
 * side to answer it. The runs alternate in rounds, so all see the same machine; the ratios of the
 * gateway's percentiles to the same _msearch's are the figures.
 */
final class SearchLatencyBench {

    private static final int QUERIES = 500;
    private static final int NEW_QUERIES = 20_000;
    private static final int ROUNDS = 2;
    private static final String INDEX = "articles";

    private final Suite suite;
    private final List<Query> queries;
    /** Two pools of queries in neither the mix nor each other, each asked once. */
    private final List<Query> newForGateway;
    private final List<Query> newForOpenSearch;

    record Query(String q, String lang) {
        Map<String, String> parameters() {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("q", q);
            if (lang != null) {
                parameters.put("lang", lang);
            }
            return parameters;
        }

        SearchRequest request() {
            return new SearchRequest(q, lang, null, null, java.util.Set.of(), null, null, SearchRequest.Sort.RELEVANCE, 10, null, null, null, false);
        }
    }

    SearchLatencyBench(Suite suite, Path data, long seed) throws IOException {
        this.suite = suite;
        List<String> sentences = SharedSentences.load(data.resolve("ronec"));
        SplittableRandom random = new SplittableRandom(seed);
        this.queries = mix(sentences, random, QUERIES, Set.of());
        this.newForGateway = mix(sentences, random, NEW_QUERIES, Set.copyOf(queries));
        Set<Query> taken = new HashSet<>(queries);
        taken.addAll(newForGateway);
        this.newForOpenSearch = mix(sentences, random, NEW_QUERIES, taken);
    }

    /** {@code count} distinct queries, none of them in {@code taken}. */
    static List<Query> mix(List<String> sentences, SplittableRandom random, int count, Set<Query> taken) {
        Set<Query> mix = new LinkedHashSet<>();
        for (int tries = 0; mix.size() < count && tries < count * 50; tries++) {
            String[] words = sentences.get(random.nextInt(sentences.size())).toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L} ]", " ").trim().split("\\s+");
            List<String> content = java.util.Arrays.stream(words).filter(w -> w.length() >= 5).toList();
            if (content.size() < 2) {
                continue;
            }
            int at = random.nextInt(content.size() - 1);
            String query = switch (random.nextInt(4)) {
                case 0 -> content.get(at);
                case 1 -> content.get(at) + " " + content.get(at + 1);
                case 2 -> "\"" + content.get(at) + " " + content.get(at + 1) + "\"";
                default -> content.get(at) + " -" + content.get(at + 1);
            };
            Query picked = new Query(query, random.nextInt(3) == 0 ? "ro" : null);
            if (!taken.contains(picked)) {
                mix.add(picked);
            }
        }
        return List.copyOf(mix);
    }

    void run(List<Integer> clientCounts, int seconds) throws InterruptedException {
        suite.requireReady();
        Report report = new Report("./ziar bench search --clients " + clientCounts.stream().map(String::valueOf)
                .reduce((a, b) -> a + "," + b).orElse("") + " --seconds " + seconds);
        long documents = suite.openSearchCount(INDEX).path("count").asLong();
        report.line("index '%s': %d articles; a mix of %d distinct queries asked again and again, and %d + %d new ones;"
                + " facets and highlights on every one", INDEX, documents, queries.size(), newForGateway.size(), newForOpenSearch.size());
        List<String> firstPages = queries.stream().map(query -> SearchQueryBuilder.firstPage(query.request(), null)).toList();
        List<String> singles = queries.stream().map(query -> SearchQueryBuilder.build(query.request()).encode()).toList();
        Map<String, Function<Integer, Integer>> ways = new LinkedHashMap<>();
        ways.put("gateway", i -> suite.search(queries.get(i).parameters()).statusCode());
        ways.put("OpenSearch", i -> suite.searchOpenSearch(INDEX, "_msearch", firstPages.get(i)).statusCode());
        // The same _msearch reading a point in time, as search-service sends it (one opened per second here).
        PointInTime pit = new PointInTime();
        ways.put("OS + PIT", i -> suite.searchOpenSearch(null, "_msearch", SearchQueryBuilder.firstPage(queries.get(i).request(),
                pit.id())).statusCode());
        // What a search cost before the page and its counts were split: one request, nothing cached.
        ways.put("one search", i -> suite.searchOpenSearch(INDEX, "_search", singles.get(i)).statusCode());
        AtomicInteger nextForGateway = new AtomicInteger();
        ways.put("gateway, new", i -> suite.search(once(newForGateway, nextForGateway).parameters()).statusCode());
        AtomicInteger nextForOpenSearch = new AtomicInteger();
        ways.put("OpenSearch, new", i -> suite.searchOpenSearch(INDEX, "_msearch",
                SearchQueryBuilder.firstPage(once(newForOpenSearch, nextForOpenSearch).request(), null)).statusCode());
        for (int clients : clientCounts) {
            // Nothing cached from an earlier run: its queries would compete with this run's for the cache.
            suite.refreshOpenSearch(INDEX);
            Map<String, Latencies> latencies = new LinkedHashMap<>();
            Map<String, AtomicLong> errors = new LinkedHashMap<>();
            for (Map.Entry<String, Function<Integer, Integer>> way : ways.entrySet()) {
                // warm-up, not counted: the mix's queries have each been asked once before, the new ones never
                if (way.getKey().endsWith(", new")) {
                    load(clients, 5, way.getValue(), new Latencies(), new AtomicLong());
                } else {
                    askEachOnce(clients, way.getValue());
                }
                latencies.put(way.getKey(), new Latencies());
                errors.put(way.getKey(), new AtomicLong());
            }
            for (int round = 0; round < ROUNDS; round++) {
                for (Map.Entry<String, Function<Integer, Integer>> way : ways.entrySet()) {
                    load(clients, seconds / ROUNDS, way.getValue(), latencies.get(way.getKey()), errors.get(way.getKey()));
                }
            }
            report.line("%2d clients, %d s each:", clients, seconds);
            ways.keySet().forEach(way -> line(report, way, latencies.get(way), errors.get(way), seconds));
            Latencies gateway = latencies.get("gateway");
            Latencies openSearch = latencies.get("OpenSearch");
            ratio(report, "the same _msearch, repeated", gateway, openSearch);
            ratio(report, "new queries", latencies.get("gateway, new"), latencies.get("OpenSearch, new"));
        }
        report.append();
    }

    private static void ratio(Report report, String what, Latencies gateway, Latencies openSearch) {
        report.line("  ratio gateway / OpenSearch (%s): p50 %.2fx  p99 %.2fx", what,
                gateway.percentileMillis(50) / openSearch.percentileMillis(50),
                gateway.percentileMillis(99) / openSearch.percentileMillis(99));
    }

    /** The pool's next query; a run that would ask more than the pool holds fails instead of repeating one. */
    private static Query once(List<Query> pool, AtomicInteger next) {
        int at = next.getAndIncrement();
        if (at >= pool.size()) {
            throw new IllegalStateException("All " + pool.size() + " new queries asked: run fewer seconds");
        }
        return pool.get(at);
    }

    private static void line(Report report, String name, Latencies latencies, AtomicLong errors, int seconds) {
        report.line("  %-15s p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  %6.0f req/s  errors %d", name,
                latencies.percentileMillis(50), latencies.percentileMillis(90), latencies.percentileMillis(99),
                latencies.count() / (double) seconds, errors.get());
    }

    /** A point in time on the index, opened again once a second. */
    private final class PointInTime {

        private String id;
        private long openedAt;

        synchronized String id() {
            if (id == null || System.nanoTime() - openedAt > 1_000_000_000L) {
                id = suite.openPointInTime(INDEX);
                openedAt = System.nanoTime();
            }
            return id;
        }
    }

    /** Every query of the mix once, {@code clients} at a time. */
    private void askEachOnce(int clients, Function<Integer, Integer> send) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
                    try {
                        send.apply(i);
                    } catch (RuntimeException e) {
                        // counted in the runs, not here
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** {@code clients} threads send queries back to back for the given seconds; non-200 answers count as errors. */
    private void load(int clients, int seconds, Function<Integer, Integer> send, Latencies latencies, AtomicLong errors)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int offset = c * (queries.size() / clients);
            Thread client = new Thread(() -> {
                try {
                    for (int i = offset; System.nanoTime() < end; i++) {
                        long started = System.nanoTime();
                        int status;
                        try {
                            status = send.apply(i % queries.size());
                        } catch (RuntimeException e) {
                            status = -1;
                        }
                        if (status == 200) {
                            latencies.add(System.nanoTime() - started);
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "search-client-" + c);
            client.start();
        }
        done.await();
    }
}
