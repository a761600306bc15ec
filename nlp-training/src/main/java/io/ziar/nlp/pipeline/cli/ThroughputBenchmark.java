package io.ziar.nlp.pipeline.cli;

import io.ziar.nlp.pipeline.Analysis;
import io.ziar.nlp.pipeline.Extraction;
import io.ziar.nlp.pipeline.Pipeline;
import io.ziar.nlp.pipeline.ner.CorpusTexts;
import io.ziar.nlp.pipeline.tokens.AnalyzedSentence;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tokens per second of the whole pipeline after extraction (language, sentences, tokens, lemmas,
 * entities, canonical names, quotes, personal data, fingerprint) on one thread, all packs loaded
 * once, for each language: articles of 20 sentences of its entity corpora in paragraphs of four, a
 * warm-up round, then timed rounds. The rate per CPU second of the thread is the rate per core,
 * whatever else the machine runs.
 *
 * <p>Usage: {@code ./ziar tool io.ziar.nlp.pipeline.cli.ThroughputBenchmark LANG[,LANG...] [SECONDS] [--data DIR]}
 */
public final class ThroughputBenchmark {

    private static final int SENTENCES_PER_ARTICLE = 20;
    private static final int SENTENCES_PER_PARAGRAPH = 4;

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ThroughputBenchmark LANG[,LANG...] [SECONDS] [--data DIR]");
            System.exit(2);
        }
        Path data = CorpusTexts.dataDirectory(args);
        double seconds = args.length > 1 && !args[1].startsWith("--") ? Double.parseDouble(args[1]) : 20;
        Pipeline pipeline = new Pipeline();
        for (String language : args[0].split(",")) {
            List<Extraction> articles = articles(CorpusTexts.sentences(language, data));
            run(pipeline, articles);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long tokens = 0;
            long cpuBegan = threads.getCurrentThreadCpuTime();
            long began = System.nanoTime();
            int rounds = 0;
            while (System.nanoTime() - began < seconds * 1e9) {
                tokens += run(pipeline, articles);
                rounds++;
            }
            double elapsed = (System.nanoTime() - began) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpuBegan) / 1e9;
            System.out.printf(Locale.ROOT, "%s: %d articles x %d rounds, %d tokens on one thread: %.0f tokens/s of wall time (%.1f s), "
                    + "%.0f tokens/s of CPU time (%.1f s), i.e. per core%n", language, articles.size(), rounds, tokens, tokens / elapsed,
                    elapsed, tokens / cpu, cpu);
        }
    }

    private static long run(Pipeline pipeline, List<Extraction> articles) {
        long tokens = 0;
        for (Extraction article : articles) {
            Analysis analysis = pipeline.analyze(article, null);
            for (AnalyzedSentence sentence : analysis.sentences()) {
                tokens += sentence.words().size();
            }
        }
        return tokens;
    }

    private static List<Extraction> articles(List<String> sentences) {
        List<Extraction> articles = new ArrayList<>();
        for (int a = 0; a + SENTENCES_PER_ARTICLE <= sentences.size(); a += SENTENCES_PER_ARTICLE) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = a; p < a + SENTENCES_PER_ARTICLE; p += SENTENCES_PER_PARAGRAPH) {
                paragraphs.add(String.join(" ", sentences.subList(p, p + SENTENCES_PER_PARAGRAPH)));
            }
            articles.add(new Extraction(null, null, null, null, null, paragraphs));
        }
        return articles;
    }
}
