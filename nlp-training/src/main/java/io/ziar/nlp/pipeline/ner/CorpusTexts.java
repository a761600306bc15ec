package io.ziar.nlp.pipeline.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The sentences of a language's entity corpora as plain text, for tools outside this package (benchmarks). */
public final class CorpusTexts {

    private CorpusTexts() {
    }

    /** The shared data directory of a tool's {@code --data DIR} option, {@code ../shared/data} without one. */
    public static Path dataDirectory(String[] args) {
        int at = List.of(args).indexOf("--data");
        return Path.of(at < 0 || at + 1 >= args.length ? "../shared/data" : args[at + 1]);
    }

    /** Every sentence of the language's corpora, training and dev, in the corpora's order. */
    public static List<String> sentences(String language, Path data) {
        TrainingCorpus corpus = TrainingCorpus.of(language, data, false);
        List<String> texts = new ArrayList<>();
        corpus.train().values().forEach(sentences -> sentences.forEach(s -> texts.add(s.text())));
        corpus.dev().forEach(s -> texts.add(s.text()));
        return texts;
    }
}
