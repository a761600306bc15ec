package io.ziar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.ziar.bench.corpus.CorpusGenerator;
import io.ziar.bench.suite.ProcessCpu;
import io.ziar.bench.suite.PublishedEvents;
import io.ziar.bench.suite.Report;
import io.ziar.bench.suite.Suite;
import io.ziar.contracts.Topics;

import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * End-to-end throughput: N generated articles streamed to the bulk endpoint in one upload, then the
 * job followed until every accepted article is INDEXED (or FAILED). Reports how fast the upload was
 * stored (PostgreSQL + outbox) and published (its events in articles.raw), how fast the whole pipeline made them searchable, the time per article,
 * the CPU time each process of the suite spent on the run (per article), and the peak resident memory
 * of each process while it ran.
 */
final class IngestBench {

    private static final long POLL_MILLIS = 1000;
    private static final long PUBLISH_POLL_MILLIS = 100;
    private static final long PUBLISH_TIMEOUT_NANOS = 600_000_000_000L;

    private final Suite suite;
    private final CorpusGenerator corpus;
    private final long seed;

    IngestBench(Suite suite, CorpusGenerator corpus, long seed) {
        this.suite = suite;
        this.corpus = corpus;
        this.seed = seed;
    }

    void run(long articles) throws InterruptedException {
        suite.requireReady();
        Report report = new Report("./ziar bench ingest " + articles + " --seed " + seed);
        Map<String, Long> idle = suite.residentMemory();
        Map<String, Long> peak = new TreeMap<>(idle);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> suite.residentMemory().forEach((name, mb) -> peak.merge(name, mb, Math::max)),
                0, 2, TimeUnit.SECONDS);
        try (PublishedEvents events = PublishedEvents.fromEnvironment(Topics.RAW)) {
            long publishedBefore = events.count();
            Map<String, Long> cpuBefore = ProcessCpu.snapshot(suite.runDirectory());
            long started = System.nanoTime();
            JsonNode upload = suite.bulk(() -> generate(articles));
            double stored = seconds(started);
            String job = upload.path("id").asText();
            long accepted = upload.path("accepted").asLong();
            report.line("articles %d: accepted %d, duplicates %d, rejected %d (job %s)", articles, accepted,
                    upload.path("duplicates").asLong(), upload.path("rejected").asLong(), job);
            report.line("upload stored:     %8.1f s  %8.0f articles/s (bulk POST -> PostgreSQL + outbox)", stored, accepted / stored);
            awaitPublished(events, publishedBefore + accepted);
            double published = seconds(started);
            report.line("upload in Kafka:   %8.1f s  %8.0f articles/s (bulk POST -> PostgreSQL -> %s, by its end offsets)",
                    published, accepted / published, Topics.RAW);
            JsonNode progress = follow(job, accepted, started);
            double done = seconds(started);
            report.line("all indexed:       %8.1f s  %8.0f articles/s end to end (POST -> INDEXED), %.2f ms per article",
                    done, accepted / done, done * 1000 / Math.max(1, accepted));
            report.line("indexed %d, failed %d", progress.path("indexed").asLong(), progress.path("failed").asLong());
            ProcessCpu.report(report, ProcessCpu.used(cpuBefore, ProcessCpu.snapshot(suite.runDirectory())), accepted, done);
        } finally {
            sampler.shutdownNow();
        }
        report.line("resident memory, MB (idle before -> peak during):");
        peak.forEach((name, mb) -> report.line("  %-16s %6d -> %6d", name, idle.getOrDefault(name, -1L), mb));
        report.append();
    }

    /** Until the topic holds {@code total} events, i.e. the outbox relay has published what the upload stored. */
    private static void awaitPublished(PublishedEvents events, long total) throws InterruptedException {
        long deadline = System.nanoTime() + PUBLISH_TIMEOUT_NANOS;
        while (events.count() < total) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the upload's events did not all reach Kafka within 10 minutes");
            }
            Thread.sleep(PUBLISH_POLL_MILLIS);
        }
    }

    /** One upload, no waiting: prints the job, or why the upload broke off (then exits with 1). */
    void upload(long articles) {
        try {
            System.out.println(suite.bulk(() -> generate(articles)));
        } catch (RuntimeException e) {
            System.out.println("upload broke off: " + e.getMessage());
            System.exit(1);
        }
    }

    private JsonNode follow(String job, long accepted, long started) throws InterruptedException {
        long lastPrint = 0;
        while (true) {
            JsonNode progress = suite.job(job);
            long finished = progress.path("indexed").asLong() + progress.path("failed").asLong();
            if ("DONE".equals(progress.path("status").asText()) || finished >= accepted) {
                return progress;
            }
            if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                lastPrint = System.nanoTime();
                System.out.printf("  %6.0f s: analyzed %d, indexed %d of %d%n", seconds(started),
                        progress.path("analyzed").asLong(), progress.path("indexed").asLong(), accepted);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** The corpus as a stream: written by a thread as the upload reads it, never held whole. */
    private InputStream generate(long articles) {
        try {
            PipedInputStream in = new PipedInputStream(1 << 20);
            PipedOutputStream out = new PipedOutputStream(in);
            Thread writer = new Thread(() -> {
                try (Writer lines = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                    for (long i = 0; i < articles; i++) {
                        lines.write(corpus.line(i));
                        lines.write('\n');
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, "corpus-writer");
            writer.setDaemon(true);
            writer.start();
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
