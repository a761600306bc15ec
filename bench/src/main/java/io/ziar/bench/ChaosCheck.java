package io.ziar.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ziar.bench.suite.IngestDatabase;
import io.ziar.bench.suite.Suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@code ./ziar chaos} (bench/chaos.sh) checks of its corpus, the articles of one seed (their URLs carry
 * it): how many ingest-service stored, in which status, and how many of them OpenSearch holds.
 */
final class ChaosCheck {

    static final String USAGE = """
            usage: ./ziar bench chaos <check> SEED ...
              stored SEED                         how many articles of the corpus are stored
              wait-stored SEED ABOVE SECONDS      until more than ABOVE are stored (exit 1 after SECONDS)
              wait-settled SEED EXPECTED SECONDS  until EXPECTED are INDEXED or FAILED (exit 1 after SECONDS)
              verify SEED EXPECTED                prints "in the database N (STATUS N ...), in OpenSearch N"; exit 1
                                                  unless EXPECTED are stored, all INDEXED, each once in OpenSearch
            """;
    private static final String CORPUS = "FROM article WHERE (url LIKE ? OR url LIKE ?)";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IngestDatabase database;
    private final String[] corpus;

    private ChaosCheck(IngestDatabase database, long seed) {
        this.database = database;
        this.corpus = new String[] {"%/" + seed + "-%", "%=" + seed + "-%"};
    }

    /** Runs a check; returns the exit status. */
    static int run(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.print(USAGE);
            return 2;
        }
        try (IngestDatabase database = IngestDatabase.fromEnvironment()) {
            ChaosCheck check = new ChaosCheck(database, Long.parseLong(args[1]));
            switch (args[0]) {
                case "stored" -> {
                    System.out.println(check.stored());
                    return 0;
                }
                case "wait-stored" -> {
                    long above = Long.parseLong(args[2]);
                    return check.await("more than " + above + " articles to be stored", Long.parseLong(args[3]),
                            () -> check.stored() > above);
                }
                case "wait-settled" -> {
                    long expected = Long.parseLong(args[2]);
                    return check.await("all " + expected + " articles to be indexed", Long.parseLong(args[3]),
                            () -> check.settled() >= expected);
                }
                case "verify" -> {
                    return check.verify(Suite.fromEnvironment(), Long.parseLong(args[2]));
                }
                default -> {
                    System.err.print(USAGE);
                    return 2;
                }
            }
        }
    }

    private interface Condition {
        boolean holds() throws SQLException;
    }

    long stored() throws SQLException {
        return Long.parseLong(database.rows("SELECT count(*) " + CORPUS, (Object[]) corpus).get(0).get(0));
    }

    long settled() throws SQLException {
        return Long.parseLong(database.rows("SELECT count(*) " + CORPUS + " AND status IN ('INDEXED', 'FAILED')",
                (Object[]) corpus).get(0).get(0));
    }

    /** Polls until the condition holds (0) or the time is up (1); a failing query is tried again. */
    private int await(String what, long seconds, Condition condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (true) {
            try {
                if (condition.holds()) {
                    return 0;
                }
            } catch (SQLException e) {
                // the database restarting, or the table not there yet: as the next poll finds it
            }
            if (System.nanoTime() >= deadline) {
                System.err.printf("[dev] timed out after %ds waiting for %s%n", seconds, what);
                return 1;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private int verify(Suite suite, long expected) throws SQLException, IOException {
        List<List<String>> statuses = database.rows("SELECT status, count(*) " + CORPUS + " GROUP BY status ORDER BY status",
                (Object[]) corpus);
        String counts = statuses.stream().map(row -> row.get(0) + " " + row.get(1)).collect(Collectors.joining(" "));
        long total = stored();
        ObjectNode query = JSON.createObjectNode();
        var ids = query.putObject("query").putObject("ids").putArray("values");
        database.rows("SELECT id " + CORPUS, (Object[]) corpus).forEach(row -> ids.add(row.get(0)));
        String indexed;
        try {
            HttpResponse<String> response = suite.searchOpenSearch("articles", "_count", JSON.writeValueAsString(query));
            indexed = response.statusCode() == 200 ? JSON.readTree(response.body()).path("count").asText()
                    : "none (" + response.statusCode() + ": " + response.body() + ")";
        } catch (UncheckedIOException e) {
            indexed = "none (" + e.getCause() + ")";
        }
        System.out.printf("in the database %d (%s), in OpenSearch %s%n", total, counts, indexed);
        boolean whole = total == expected && indexed.equals(Long.toString(expected)) && counts.equals("INDEXED " + expected);
        return whole ? 0 : 1;
    }
}
