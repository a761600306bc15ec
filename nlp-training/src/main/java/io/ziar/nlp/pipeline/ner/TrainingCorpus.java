package io.ziar.nlp.pipeline.ner;

import io.ziar.nlp.pipeline.lang.data.PackData;
import io.ziar.nlp.pipeline.tokens.Lemmatizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * What one language's entity model is trained and measured on: its labels, the training sentences
 * by corpus (each corpus gets its own copy of every feature), the dev sentences kept aside, the
 * corpus whose view the saved model takes (null: the shared weights alone), and the feature resources that go inside the model.
 * Romanian: RONEC v2 (and v1 reconciled, see {@link NerTrainer}) with the RONEC labels; the other
 * languages: the corpora of {@link NerCorpora} with PERSON, ORG and LOC, one sentence in seven of
 * each corpus (by a stable hash of its id) kept for dev.
 */
record TrainingCorpus(String language, TagSet tags, Map<String, List<AnnotatedSentence>> train,
                      Map<String, List<AnnotatedSentence>> devByCorpus, String targetCorpus, FeatureResources resources) {

    static final List<String> RONEC_LABELS = List.of("PERSON", "GPE", "LOC", "ORG", "LANGUAGE", "NAT_REL_POL", "DATETIME",
            "PERIOD", "QUANTITY", "MONEY", "NUMERIC", "ORDINAL", "FACILITY", "WORK_OF_ART", "EVENT");
    static final List<String> UNER_LABELS = List.of("PERSON", "ORG", "LOC");
    static final String SHARED_VIEW = "shared";
    private static final int DEV_ONE_IN = 7;
    /** BILOU gained 0.003-0.008 dev F1 over BIO in every language (BENCHMARKS.md, session 14). */
    private static final TagSet.Scheme SCHEME = TagSet.Scheme.BILOU;
    /** The open name lists every language's model carries ({@code nlp-training/name-lists}). */
    private static final String NAME_LISTS = "/ner/name-lists.tsv.gz";
    /**
     * The view each language's saved model takes. English: the shared weights alone, with no corpus'
     * own (one shuffle, dev F1 on GUM / EWT / wikigold: shared 0.734 / 0.709 / 0.798; EWT's view 0.684 /
     * 0.749 / 0.733; GUM's 0.771 / 0.627 / 0.684; wikigold's 0.664 / 0.665 / 0.803): the held-out text
     * is none of the three, and what the corpora share carries best to it. Elsewhere: the only corpus.
     */
    private static final Map<String, String> TARGET = Map.of("en", SHARED_VIEW, "de", "germeval", "pt", "bosque", "ru", "wikiner");

    /** The language's corpus; with {@code all}, the dev sentences are trained on too (for the shipped model). */
    static TrainingCorpus of(String language, Path data, boolean all) {
        FeatureResources resources = resources(language);
        if (language.equals("ro")) {
            RonecCorpus ronec = new RonecCorpus(data.resolve("ronec"));
            List<AnnotatedSentence> v2 = new ArrayList<>(ronec.v2Train());
            if (all) {
                v2.addAll(ronec.v2Dev());
            }
            return new TrainingCorpus(language, new TagSet(RONEC_LABELS, SCHEME), Map.of(RonecCorpus.V2, v2), Map.of(RonecCorpus.V2, ronec.v2Dev()),
                    RonecCorpus.V2, resources);
        }
        Map<String, List<AnnotatedSentence>> train = new LinkedHashMap<>();
        Map<String, List<AnnotatedSentence>> dev = new LinkedHashMap<>();
        NerCorpora.of(language, data).forEach((corpus, sentences) -> {
            train.put(corpus, sentences.stream().filter(s -> all || !isDev(s)).toList());
            dev.put(corpus, sentences.stream().filter(TrainingCorpus::isDev).toList());
        });
        TrainingCorpus corpus = new TrainingCorpus(language, new TagSet(UNER_LABELS, SCHEME), train, dev, null, resources);
        return corpus.withTarget(TARGET.get(language));
    }

    /** The dev sentences of every corpus. */
    List<AnnotatedSentence> dev() {
        return devByCorpus.values().stream().flatMap(List::stream).toList();
    }

    /** The same corpus with another target corpus, whose view the saved model takes ("shared": none, the shared weights alone). */
    TrainingCorpus withTarget(String corpus) {
        if (corpus.equals(SHARED_VIEW)) {
            return new TrainingCorpus(language, tags, train, devByCorpus, null, resources);
        }
        if (!train.containsKey(corpus)) {
            throw new IllegalArgumentException(language + " has no corpus " + corpus + ": " + train.keySet());
        }
        return new TrainingCorpus(language, tags, train, devByCorpus, corpus, resources);
    }

    /** The same corpus tagged in another scheme. */
    TrainingCorpus withScheme(TagSet.Scheme scheme) {
        return new TrainingCorpus(language, new TagSet(labels(), scheme), train, devByCorpus, targetCorpus, resources);
    }

    List<String> labels() {
        return tags.labels();
    }

    static boolean isDev(AnnotatedSentence sentence) {
        return Math.floorMod(sentence.id().hashCode(), DEV_ONE_IN) == 0;
    }

    /**
     * The language's inflection endings (from its pack), its lemma lexicon, word clusters and dictionary word
     * classes where they exist: the pipeline's lexicon {@code /models/lemmas-LANG.tsv.gz}, the training module's
     * clusters {@code /ner/word-clusters-LANG.tsv.gz} and {@link DictionaryWordClasses}.
     */
    static FeatureResources resources(String language) {
        List<String> endings = PackData.bundled(language).list("inflection-endings");
        return new FeatureResources(language, table("/models/lemmas-" + language + ".tsv.gz"),
                table("/ner/word-clusters-" + language + ".tsv.gz"), endings, table(NAME_LISTS), DictionaryWordClasses.of(language));
    }

    private static Map<String, String> table(String resource) {
        try (InputStream in = TrainingCorpus.class.getResourceAsStream(resource)) {
            return in == null ? Map.of() : Lemmatizer.readWordTable(new GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
