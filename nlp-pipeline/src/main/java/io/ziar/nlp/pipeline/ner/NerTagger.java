package io.ziar.nlp.pipeline.ner;

import io.ziar.nlp.pipeline.tokens.Sentence;
import io.ziar.nlp.pipeline.tokens.SentenceSplitter;
import io.ziar.nlp.pipeline.tokens.Token;
import io.ziar.nlp.pipeline.tokens.Tokenizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Named entities with RONEC v2 labels, from the perceptron model trained by {@link NerTrainer}. */
public final class NerTagger {

    static final String BUNDLED_MODEL = "/models/ner-ro.bin.gz";

    private final PerceptronModel model;
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter sentences = new SentenceSplitter();

    NerTagger(PerceptronModel model) {
        this.model = model;
    }

    /** The model shipped with the pipeline. */
    public static NerTagger bundled() {
        try (InputStream in = NerTagger.class.getResourceAsStream(BUNDLED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("named-entity model " + BUNDLED_MODEL + " is missing from the classpath");
            }
            return new NerTagger(PerceptronModel.load(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the named-entity model", e);
        }
    }

    public static NerTagger load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new NerTagger(PerceptronModel.load(in));
        }
    }

    /** Mentions in a whole text, sentence by sentence. */
    public List<Mention> tag(String text) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : sentences.split(text, tokenizer.tokenize(text))) {
            mentions.addAll(tag(sentence.tokens()));
        }
        return mentions;
    }

    /** Mentions in one sentence's tokens; offsets are those of the tokens. */
    public List<Mention> tag(List<Token> sentence) {
        List<String> words = new ArrayList<>(sentence.size());
        int[] starts = new int[sentence.size()];
        int[] ends = new int[sentence.size()];
        for (int i = 0; i < sentence.size(); i++) {
            Token token = sentence.get(i);
            words.add(token.text());
            starts[i] = token.start();
            ends[i] = token.end();
        }
        NerFeatures features = new NerFeatures(words, model.gazetteer);
        int[][] ids = new int[words.size()][];
        long[] keys = new long[NerFeatures.MAX_PER_TOKEN];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = model.ids(keys, features.at(i, keys), null);
        }
        return model.tags.mentions(model.decode(ids), starts, ends);
    }
}
