package io.ziar.bench;

import io.ziar.bench.corpus.CorpusGenerator;
import io.ziar.bench.suite.Suite;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./ziar bench <command>}: figures of the whole suite started by {@code ./ziar up}. Each
 * command prints what it measured and appends it, dated and with the machine, to the results file
 * (ZIAR_BENCHMARKS_FILE, {@code .run/bench/results.md}); BENCHMARKS.md is written by hand from them.
 */
public final class Bench {

    private static final String USAGE = """
            usage: ./ziar bench <command> [options]
              corpus N [--seed S]                     N generated articles as NDJSON on stdout
              ingest N [--seed S]                     bulk POST N articles, follow the job until every one is indexed:
                                                      accept rate, end-to-end rate, memory under load
              upload N [--seed S]                     bulk POST N articles and print the job (./ziar chaos uses it)
              distinct N [--seed S]                   how many of N generated articles are stored articles (not
                                                      repeats of an earlier one's URL or content): what chaos expects
              searchable [--rate 50] [--seconds 60]   time from POST to found by search at a steady rate
              search [--clients 16,64] [--seconds 20] search latency through the gateway and straight to OpenSearch
              floor N [--seed S] [--batch 200]        each part alone on the articles of ingest N --seed S: the
                                                      pipeline on one thread, a bare OpenSearch _bulk of their documents
              memory                                  resident memory of each running service
              chaos CHECK SEED ...                    what ./ziar chaos checks of its corpus (./ziar bench chaos: usage)
            """;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.print(USAGE);
            System.exit(2);
        }
        Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
        Path data = Path.of(System.getenv().getOrDefault("ZIAR_SHARED", "../shared"), "data");
        long seed = Long.parseLong(options.getOrDefault("seed", Long.toString(System.currentTimeMillis() / 1000)));
        switch (args[0]) {
            case "corpus" -> {
                CorpusGenerator corpus = CorpusGenerator.fromSharedData(seed, data);
                long count = Long.parseLong(options.getOrDefault("_", "1000"));
                var out = new java.io.PrintStream(new java.io.BufferedOutputStream(System.out, 1 << 16), false, java.nio.charset.StandardCharsets.UTF_8);
                for (long i = 0; i < count; i++) {
                    out.println(corpus.line(i));
                }
                out.flush();
            }
            case "distinct" -> System.out.println(CorpusGenerator.fromSharedData(seed, data)
                    .distinct(Long.parseLong(options.getOrDefault("_", "5000"))));
            case "ingest" -> new IngestBench(Suite.fromEnvironment(), CorpusGenerator.fromSharedData(seed, data), seed)
                    .run(Long.parseLong(options.getOrDefault("_", "10000")));
            case "upload" -> new IngestBench(Suite.fromEnvironment(), CorpusGenerator.fromSharedData(seed, data), seed)
                    .upload(Long.parseLong(options.getOrDefault("_", "5000")));
            case "searchable" -> new SearchableBench(Suite.fromEnvironment(), CorpusGenerator.fromSharedData(seed, data), seed)
                    .run(Integer.parseInt(options.getOrDefault("rate", "50")), Integer.parseInt(options.getOrDefault("seconds", "60")));
            case "search" -> new SearchLatencyBench(Suite.fromEnvironment(), data, seed).run(
                    Arrays.stream(options.getOrDefault("clients", "16,64").split(",")).map(Integer::parseInt).toList(),
                    Integer.parseInt(options.getOrDefault("seconds", "20")));
            case "floor" -> FloorBench.run(Suite.fromEnvironment(), CorpusGenerator.fromSharedData(seed, data), seed,
                    Integer.parseInt(options.getOrDefault("_", "10000")), Integer.parseInt(options.getOrDefault("batch", "200")));
            case "memory" -> MemoryBench.run(Suite.fromEnvironment());
            case "chaos" -> System.exit(ChaosCheck.run(Arrays.copyOfRange(args, 1, args.length)));
            default -> {
                System.err.print(USAGE);
                System.exit(2);
            }
        }
    }

    /** "--name value" pairs; a bare word is the positional argument "_". */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> words = List.of(args);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("--") && i + 1 < words.size()) {
                options.put(word.substring(2), words.get(++i));
            } else {
                options.put("_", word);
            }
        }
        return options;
    }
}
