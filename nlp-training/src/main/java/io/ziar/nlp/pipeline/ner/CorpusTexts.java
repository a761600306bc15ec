package io.ziar.nlp.pipeline.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The sentences of a language's entity corpora as plain text, for tools outside this package (benchmarks). */
public final class CorpusTexts {

    private CorpusTexts() {
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
