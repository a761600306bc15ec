package io.ziar.nlp.pipeline.ner;

import io.ziar.nlp.pipeline.lang.data.PackData;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Named entities of one language, from a perceptron model trained by the training module's
 * {@code NerTrainer}: the model file carries its language and feature resources, so a tagger can
 * only tag with what it was trained with.
 */
public final class NerTagger {

    private final PerceptronModel model;
    private final Tokenizer tokenizer;
    private final SentenceSplitter sentences = new SentenceSplitter();
    /** The pack's contractions, read as the words they join ("do" -> "de", "o"), as the model's training data writes them. */
    private final Map<String, List<String>> contractions;
    /** The most words a token stands for (1 without contractions). */
    private final int wordsPerToken;

    NerTagger(PerceptronModel model) {
        this.model = model;
        PackData pack = PackData.bundled(model.resources.language);
        this.tokenizer = new Tokenizer(pack);
        this.contractions = pack.contractions();
        this.wordsPerToken = contractions.values().stream().mapToInt(List::size).max().orElse(1);
    }

    /** The model shipped for a language ({@code /models/ner-LANG.bin.gz}), or none. */
    public static Optional<NerTagger> bundled(String language) {
        String resource = "/models/ner-" + language + ".bin.gz";
        try (InputStream in = NerTagger.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            NerTagger tagger = load(in);
            if (!tagger.language().equals(language)) {
                throw new IllegalStateException(resource + " is a model of language " + tagger.language());
            }
            return Optional.of(tagger);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the named-entity model " + resource, e);
        }
    }

    public static NerTagger load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        }
    }

    public static NerTagger load(InputStream in) throws IOException {
        return new NerTagger(PerceptronModel.load(in));
    }

    /** The language the model was trained on. */
    public String language() {
        return model.resources.language;
    }

    /** Mentions in a whole text, sentence by sentence. */
    public List<Mention> tag(String text) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : sentences.split(text, tokenizer.tokenize(text))) {
            mentions.addAll(tag(sentence.tokens()));
        }
        return mentions;
    }

    /**
     * Mentions in one sentence's tokens; offsets are those of the tokens. A contraction is read as the
     * words it joins, each with the contraction's offsets, so a mention holding either holds it whole.
     */
    public List<Mention> tag(List<Token> sentence) {
        List<String> words = new ArrayList<>(sentence.size());
        int[] starts = new int[sentence.size() * wordsPerToken];
        int[] ends = new int[sentence.size() * wordsPerToken];
        for (Token token : sentence) {
            List<String> joined = contractions.isEmpty() ? null : contractions.get(token.text().toLowerCase(Locale.ROOT));
            int count = joined == null ? 1 : joined.size();
            for (int k = 0; k < count; k++) {
                starts[words.size()] = token.start();
                ends[words.size()] = token.end();
                words.add(joined == null ? token.text() : casedLike(token.text(), joined.get(k), k == 0));
            }
        }
        NerFeatures features = new NerFeatures(words, model.gazetteer, model.resources);
        int[][] ids = new int[words.size()][];
        long[] keys = new long[NerFeatures.MAX_PER_TOKEN];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = model.ids(keys, features.at(i, keys), null);
        }
        return model.tags.mentions(model.decode(ids), starts, ends);
    }

    /** A contraction's word in the contraction's case: "DO" -> "DE", "O"; "Do" -> "De", "o". */
    private static String casedLike(String contraction, String word, boolean first) {
        if (contraction.length() > 1 && contraction.equals(contraction.toUpperCase(Locale.ROOT))) {
            return word.toUpperCase(Locale.ROOT);
        }
        return first && Character.isUpperCase(contraction.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }
}
