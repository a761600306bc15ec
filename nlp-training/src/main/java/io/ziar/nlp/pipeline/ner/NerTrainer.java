package io.ziar.nlp.pipeline.ner;

import io.ziar.nlp.pipeline.collect.LongIntMap;
import io.ziar.nlp.pipeline.lang.data.PackData;
import io.ziar.nlp.pipeline.tokens.Tokenizer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Trains a language's named-entity model: an averaged structured perceptron over BILOU tags on the
 * language's {@link TrainingCorpus} (each corpus with its own copy of every feature besides the
 * shared one), prints the strict scores on the dev sentences kept aside, and writes the model with
 * the target corpus' view and its feature resources inside.
 *
 * <p>Romanian also trains on RONEC v1 reconciled to v2. RONEC v1 holds many of the v2 sentences
 * again (about two in five of them, with the older annotation): a v1 sentence whose text is also in
 * v2 is left out, so that the dev sentences are never trained on under their v1 annotation, and the
 * training ones count once, as v2 has them.
 *
 * <p>Usage: {@code ./ziar tool io.ziar.nlp.pipeline.ner.NerTrainer LANG[,LANG...] [--out DIR] [--all]
 * [--epochs N] [--shuffles R] [--no-v1] [--data DIR] [--target CORPUS] [--folds K] [--scheme BIO|BILOU]}: each language is trained and its
 * dev figures printed, then a summary line per language; {@code --out}: write {@code DIR/ner-LANG.bin.gz};
 * {@code --all}: train on the dev sentences as well (the shipped models; their dev figures then mean
 * nothing); {@code --shuffles R}: average R perceptrons trained in different orders (3 by default);
 * {@code --target}: the corpus whose view the model takes (see {@link TrainingCorpus});
 * {@code --folds K}: k-fold cross-validation over the target corpus instead (nothing written);
 * {@code --scheme}: tag in another scheme than the shipped one ({@link TagSet}).
 */
public final class NerTrainer {

    private static final int MIN_FEATURE_COUNT = 2;
    private static final int FOLDS = 5;
    private static final float SAVE_THRESHOLD = 0.1f;
    /** Perceptrons averaged into the model: 3 gained 0.004 F1 in cross-validation over 1, 5 another 0.002 at 5/3 the time. */
    private static final int SHUFFLES = 3;
    private static final int EPOCHS = 12;

    public static void main(String[] args) throws IOException {
        List<String> options = List.of(args);
        if (args.length == 0 || args[0].startsWith("--")) {
            System.err.println("usage: NerTrainer LANG[,LANG...] [--out DIR] [--all] [--epochs N] [--shuffles R] [--no-v1] [--data DIR] [--folds K] [--scheme BIO|BILOU]");
            System.exit(2);
        }
        Path data = CorpusTexts.dataDirectory(args);
        int epochs = Integer.parseInt(option(options, "--epochs", String.valueOf(EPOCHS)));
        int shuffles = Integer.parseInt(option(options, "--shuffles", String.valueOf(SHUFFLES)));
        int folds = Integer.parseInt(option(options, "--folds", "0"));
        boolean withV1 = !options.contains("--no-v1");
        boolean all = options.contains("--all");
        String out = option(options, "--out", null);
        StringBuilder summary = new StringBuilder(String.format(Locale.ROOT, "%-4s %7s %6s %8s %8s %8s%n",
                "lang", "train", "dev", "F1 all", "F1 main", "F1 UNER"));
        for (String language : args[0].split(",")) {
            TrainingCorpus corpus = TrainingCorpus.of(language, data, all);
            if (options.contains("--target")) {
                corpus = corpus.withTarget(option(options, "--target", null));
            }
            if (options.contains("--scheme")) {
                corpus = corpus.withScheme(TagSet.Scheme.valueOf(option(options, "--scheme", null)));
            }
            if (folds > 0) {
                System.out.print(crossValidate(corpus, folds, epochs, shuffles, withV1, data).report());
                continue;
            }
            List<TrainingExample> examples = examples(corpus, withV1, data);
            long began = System.nanoTime();
            PerceptronModel model = train(examples, corpus, epochs, shuffles);
            System.err.printf("%s: trained on %d sentences, %d epochs, %d shared features in %.1f s%n", language, examples.size(),
                    epochs, model.features.size(), (System.nanoTime() - began) / 1e9);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            model.save(bytes, corpus.targetCorpus(), SAVE_THRESHOLD);
            if (out != null) {
                Path file = Path.of(out).resolve("ner-" + language + ".bin.gz");
                Files.createDirectories(file.getParent());
                Files.write(file, bytes.toByteArray());
            }
            NerTagger saved = NerTagger.load(new ByteArrayInputStream(bytes.toByteArray()));
            NerScores scores = NerEvaluation.evaluate(saved, corpus.dev());
            System.out.println(language + " dev: " + corpus.dev().size() + " sentences" + (all ? " (trained on too)" : ""));
            System.out.print(scores.report());
            if (corpus.devByCorpus().size() > 1) {
                corpus.devByCorpus().forEach((name, sentences) -> System.out.printf(Locale.ROOT, "  %s dev (%d sentences): F1 %.3f%n",
                        name, sentences.size(), NerEvaluation.evaluateUner(saved, sentences).f1()));
            }
            Map<String, List<String>> contractions = PackData.bundled(language).contractions();
            if (!contractions.isEmpty()) {
                System.out.printf(Locale.ROOT, "  dev with its contractions joined, as the press writes (\"de o\" -> \"do\"): F1 %.3f%n",
                        NerEvaluation.evaluateUner(saved, new ContractedText(contractions).joined(corpus.dev())).f1());
            }
            summary.append(String.format(Locale.ROOT, "%-4s %7d %6d %8.3f %8.3f %8.3f%n", language, examples.size(), corpus.dev().size(),
                    scores.f1(), scores.f1(NerScores.MAIN_LABELS), NerEvaluation.evaluateUner(saved, corpus.dev()).f1()));
        }
        if (folds == 0) {
            System.out.print(summary);
        }
    }

    private static String option(List<String> options, String name, String otherwise) {
        int at = options.indexOf(name);
        return at < 0 ? otherwise : options.get(at + 1);
    }

    /**
     * Strict scores pooled over k folds of the target corpus (its dev part among them), each fold
     * tagged by a model trained without it: several times as many mentions as the dev part alone,
     * so that differences of a few thousandths can be told from noise. Folds train two at a time.
     */
    static NerScores crossValidate(TrainingCorpus corpus, int folds, int epochs, int shuffles, boolean withV1, Path data) {
        if (corpus.targetCorpus() == null) {
            throw new IllegalArgumentException(corpus.language() + "'s model takes no corpus' view: cross-validate with --target CORPUS");
        }
        Set<AnnotatedSentence> unique = new LinkedHashSet<>(corpus.train().get(corpus.targetCorpus()));
        unique.addAll(corpus.devByCorpus().get(corpus.targetCorpus()));
        List<AnnotatedSentence> target = List.copyOf(unique);
        NerScores pooled = new NerScores();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(2, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<NerScores>> results = new ArrayList<>();
            for (int fold = 0; fold < folds; fold++) {
                int held = fold;
                results.add(pool.submit(() -> {
                    Map<String, List<AnnotatedSentence>> train = new LinkedHashMap<>(corpus.train());
                    train.put(corpus.targetCorpus(), target.stream().filter(s -> foldOf(s, folds) != held).toList());
                    List<AnnotatedSentence> test = target.stream().filter(s -> foldOf(s, folds) == held).toList();
                    TrainingCorpus part = new TrainingCorpus(corpus.language(), corpus.tags(), train,
                            Map.of(corpus.targetCorpus(), test), corpus.targetCorpus(), corpus.resources());
                    PerceptronModel model = train(examples(part, withV1, data), part, epochs, shuffles);
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    model.save(bytes, part.targetCorpus(), SAVE_THRESHOLD);
                    NerTagger tagger = NerTagger.load(new ByteArrayInputStream(bytes.toByteArray()));
                    NerScores scores = NerEvaluation.evaluate(tagger, test);
                    System.err.printf("fold %d: %d sentences, F1 %.3f all, %.3f main four%n", held, test.size(), scores.f1(),
                            scores.f1(NerScores.MAIN_LABELS));
                    return scores;
                }));
            }
            for (Future<NerScores> result : results) {
                pooled.addAll(result.get());
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("a cross-validation fold failed", e);
        } finally {
            pool.shutdown();
        }
        System.out.println(corpus.language() + ", " + folds + "-fold cross-validation over " + target.size() + " sentences of "
                + corpus.targetCorpus());
        return pooled;
    }

    private static int foldOf(AnnotatedSentence sentence, int folds) {
        return Math.floorMod(sentence.id().hashCode(), folds);
    }

    /**
     * Training examples of every corpus; for Romanian also the v1 sentences reconciled with v2, where
     * a v1 sentence whose text is anywhere in v2 is left out, so that no held-out sentence is trained
     * on under its v1 annotation.
     */
    private static List<TrainingExample> examples(TrainingCorpus corpus, boolean withV1, Path data) {
        Tokenizer tokenizer = new Tokenizer(PackData.bundled(corpus.language()));
        List<TrainingExample> examples = new ArrayList<>();
        corpus.train().forEach((name, sentences) -> sentences.forEach(
                sentence -> examples.add(TrainingExample.of(sentence, corpus.tags(), tokenizer, name))));
        if (!corpus.language().equals("ro") || !withV1) {
            return examples;
        }
        RonecCorpus ronec = new RonecCorpus(data.resolve("ronec"));
        Set<String> v2Texts = new HashSet<>();
        ronec.v2Train().forEach(s -> v2Texts.add(RonecCorpus.textKey(s.text())));
        ronec.v2Dev().forEach(s -> v2Texts.add(RonecCorpus.textKey(s.text())));
        V1Reconciler reconciler = new V1Reconciler(corpus.train().get(RonecCorpus.V2), Set.copyOf(corpus.labels()), tokenizer);
        int duplicates = 0;
        for (AnnotatedSentence sentence : ronec.v1()) {
            if (v2Texts.contains(RonecCorpus.textKey(sentence.text()))) {
                duplicates++;
                continue;
            }
            examples.add(TrainingExample.of(reconciler.reconcile(sentence), corpus.tags(), tokenizer, "v1"));
        }
        System.err.println("v1: " + reconciler.personWordCount() + " lower-case PERSON words taken from v2, "
                + duplicates + " sentences left out as they are in v2 too");
        return examples;
    }

    static PerceptronModel train(List<TrainingExample> examples, TrainingCorpus corpus, int epochs, int shuffles) {
        TagSet tags = corpus.tags();
        FeatureResources resources = corpus.resources();
        List<Gazetteer> foldGazetteers = foldGazetteers(examples, tags, resources);
        List<int[][]> featureIds = new ArrayList<>();
        PerceptronModel model = indexedModel(examples, foldGazetteers, tags, resources);
        long[] keys = new long[NerFeatures.MAX_PER_TOKEN];
        for (int e = 0; e < examples.size(); e++) {
            TrainingExample example = examples.get(e);
            NerFeatures features = new NerFeatures(example.words(), foldGazetteers.get(e % FOLDS), resources);
            int[][] ids = new int[features.size()][];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = model.ids(keys, features.at(i, keys), example.domain());
            }
            featureIds.add(ids);
        }
        // Perceptrons that saw the sentences in different orders err differently; since scores are
        // linear in the weights, summing their scores in Viterbi is decoding with their mean weights,
        // so the ensemble costs nothing at tagging time.
        float[] weightTotals = new float[model.weights.length];
        float[] transitionTotals = new float[model.transitions.length];
        for (int run = 0; run < shuffles; run++) {
            Arrays.fill(model.weights, 0f);
            Arrays.fill(model.transitions, 0f);
            trainAveraged(model, examples, featureIds, epochs, new Random(7 + run));
            for (int i = 0; i < weightTotals.length; i++) {
                weightTotals[i] += model.weights[i] / shuffles;
            }
            for (int i = 0; i < transitionTotals.length; i++) {
                transitionTotals[i] += model.transitions[i] / shuffles;
            }
        }
        System.arraycopy(weightTotals, 0, model.weights, 0, weightTotals.length);
        System.arraycopy(transitionTotals, 0, model.transitions, 0, transitionTotals.length);
        return model;
    }

    /** Runs the perceptron epochs from the model's current weights and leaves it with the averaged weights. */
    private static void trainAveraged(PerceptronModel model, List<TrainingExample> examples, List<int[][]> featureIds, int epochs, Random random) {
        int t = model.tags.size();
        float[] weightSums = new float[model.weights.length];
        float[] transitionSums = new float[model.transitions.length];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        int step = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            int mistakes = 0;
            for (int index : order) {
                int[][] ids = featureIds.get(index);
                int[] gold = examples.get(index).gold();
                int[] predicted = model.decode(ids);
                for (int i = 0; i < gold.length; i++) {
                    int goldPrevious = i == 0 ? t : gold[i - 1];
                    int predictedPrevious = i == 0 ? t : predicted[i - 1];
                    if (gold[i] != predicted[i]) {
                        mistakes++;
                        for (int feature : ids[i]) {
                            update(model.weights, weightSums, feature * t + gold[i], 1, step);
                            update(model.weights, weightSums, feature * t + predicted[i], -1, step);
                        }
                    }
                    if (gold[i] != predicted[i] || goldPrevious != predictedPrevious) {
                        update(model.transitions, transitionSums, goldPrevious * t + gold[i], 1, step);
                        update(model.transitions, transitionSums, predictedPrevious * t + predicted[i], -1, step);
                    }
                }
                step++;
            }
            System.err.printf("epoch %d: %d token errors%n", epoch + 1, mistakes);
        }
        average(model.weights, weightSums, step);
        average(model.transitions, transitionSums, step);
    }

    /**
     * Gazetteers that each leave one fold of the examples out: a sentence is featurised with the one
     * that never saw it, so that the tagger learns how far to trust the gazetteer on unseen text.
     */
    private static List<Gazetteer> foldGazetteers(List<TrainingExample> examples, TagSet tags, FeatureResources resources) {
        List<Gazetteer> gazetteers = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<TrainingExample> others = new ArrayList<>();
            for (int e = 0; e < examples.size(); e++) {
                if (e % FOLDS != fold) {
                    others.add(examples.get(e));
                }
            }
            gazetteers.add(GazetteerBuilder.of(others, tags, resources));
        }
        return gazetteers;
    }

    /** Updates a weight and its step-weighted sum, from which the average is recovered at the end. */
    private static void update(float[] weights, float[] sums, int index, int delta, int step) {
        weights[index] += delta;
        sums[index] += (float) step * delta;
    }

    private static void average(float[] weights, float[] sums, int steps) {
        for (int i = 0; i < weights.length; i++) {
            weights[i] -= sums[i] / steps;
        }
    }

    /**
     * A model with room for every feature seen often enough: the shared copy counts all corpora,
     * each corpus' copy that corpus alone.
     */
    private static PerceptronModel indexedModel(List<TrainingExample> examples, List<Gazetteer> foldGazetteers, TagSet tags,
                                                FeatureResources resources) {
        Map<Long, Integer> shared = new HashMap<>();
        Map<String, Map<Long, Integer>> byCorpus = new HashMap<>();
        long[] keys = new long[NerFeatures.MAX_PER_TOKEN];
        for (int e = 0; e < examples.size(); e++) {
            TrainingExample example = examples.get(e);
            Map<Long, Integer> ofCorpus = byCorpus.computeIfAbsent(example.domain(), d -> new HashMap<>());
            NerFeatures features = new NerFeatures(example.words(), foldGazetteers.get(e % FOLDS), resources);
            for (int i = 0; i < features.size(); i++) {
                int count = features.at(i, keys);
                for (int k = 0; k < count; k++) {
                    shared.merge(keys[k], 1, Integer::sum);
                    ofCorpus.merge(keys[k], 1, Integer::sum);
                }
            }
        }
        int[] nextId = {0};
        LongIntMap sharedIndex = frequent(shared, nextId);
        Map<String, LongIntMap> corpusIndex = new HashMap<>();
        byCorpus.forEach((corpus, counts) -> corpusIndex.put(corpus, frequent(counts, nextId)));
        return new PerceptronModel(tags, sharedIndex, corpusIndex, GazetteerBuilder.of(examples, tags, resources), resources);
    }

    private static LongIntMap frequent(Map<Long, Integer> counts, int[] nextId) {
        LongIntMap index = new LongIntMap(counts.size() / 2);
        counts.forEach((key, count) -> {
            if (count >= MIN_FEATURE_COUNT) {
                index.put(key, nextId[0]++);
            }
        });
        return index;
    }
}
