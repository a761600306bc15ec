package io.ziar.nlp.pipeline.ner;

import io.ziar.nlp.pipeline.tokens.Tokenizer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Trains the named-entity model: an averaged structured perceptron over BIO tags, on the v2 training
 * part plus the reconciled v1 sentences (each corpus with its own copy of every feature besides the
 * shared one), then prints the strict scores on the v2 dev part and writes the model.
 *
 * <p>RONEC v1 holds many of the v2 sentences again (about two in five of them, with the older
 * annotation): a v1 sentence whose text is also in v2 is left out, so that the dev sentences are
 * never trained on under their v1 annotation, and the training ones count once, as v2 has them.
 *
 * <p>Usage: {@code ./ziar tool io.ziar.nlp.pipeline.ner.NerTrainer RONEC_DIR MODEL_FILE [EPOCHS] [--no-v1] [--all] [--shuffles R]}
 * ({@code --all}: train on the dev part as well, for the shipped model; its dev figures then mean nothing),
 * ({@code --shuffles R}: average R perceptrons trained in different orders, 3 by default),
 * or {@code NerTrainer RONEC_DIR [EPOCHS] [--no-v1] [--shuffles R] --folds K} for k-fold cross-validation over all of v2
 * (nothing written).
 */
public final class NerTrainer {

    static final List<String> LABELS = List.of("PERSON", "GPE", "LOC", "ORG", "LANGUAGE", "NAT_REL_POL", "DATETIME",
            "PERIOD", "QUANTITY", "MONEY", "NUMERIC", "ORDINAL", "FACILITY", "WORK_OF_ART", "EVENT");
    private static final String TARGET_DOMAIN = "v2";
    private static final int MIN_FEATURE_COUNT = 2;
    private static final int FOLDS = 5;
    private static final float SAVE_THRESHOLD = 0.1f;
    /** Perceptrons averaged into the model: 3 gained 0.004 F1 in cross-validation over 1, 5 another 0.002 at 5/3 the time. */
    private static final int SHUFFLES = 3;

    public static void main(String[] args) throws IOException {
        List<String> options = List.of(args);
        List<String> positional = positional(args);
        int folds = options.contains("--folds") ? Integer.parseInt(options.get(options.indexOf("--folds") + 1)) : 0;
        if (positional.size() < (folds > 0 ? 1 : 2)) {
            System.err.println("usage: NerTrainer RONEC_DIR MODEL_FILE [EPOCHS] [--no-v1] [--all] [--shuffles R] | NerTrainer RONEC_DIR [EPOCHS] [--shuffles R] --folds K");
            System.exit(2);
        }
        RonecCorpus corpus = new RonecCorpus(Path.of(positional.get(0)));
        String epochsArg = folds > 0 ? (positional.size() > 1 ? positional.get(1) : null) : (positional.size() > 2 ? positional.get(2) : null);
        int epochs = epochsArg == null ? 12 : Integer.parseInt(epochsArg);
        boolean withV1 = !options.contains("--no-v1");
        int shuffles = options.contains("--shuffles") ? Integer.parseInt(options.get(options.indexOf("--shuffles") + 1)) : SHUFFLES;
        if (folds > 0) {
            System.out.print(crossValidate(corpus, folds, epochs, shuffles, withV1).report());
            return;
        }
        List<AnnotatedSentence> v2 = new ArrayList<>(corpus.v2Train());
        if (options.contains("--all")) {
            v2.addAll(corpus.v2Dev());
        }
        List<TrainingExample> examples = examples(v2, withV1 ? corpus.v1() : List.of(), allV2Texts(corpus));
        long began = System.nanoTime();
        PerceptronModel model = train(examples, epochs, shuffles);
        System.err.printf("trained on %d sentences, %d epochs, %d shared features in %.1f s%n", examples.size(), epochs,
                model.features.size(), (System.nanoTime() - began) / 1e9);
        Path out = Path.of(positional.get(1));
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            model.save(stream, TARGET_DOMAIN, SAVE_THRESHOLD);
        }
        NerTagger saved = NerTagger.load(out);
        System.out.print(NerEvaluation.evaluate(saved, corpus.v2Dev()).report());
    }

    /** The arguments that are neither options nor an option's value. */
    private static List<String> positional(String[] args) {
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--folds") || args[i].equals("--shuffles")) {
                i++;
            } else if (!args[i].startsWith("--")) {
                positional.add(args[i]);
            }
        }
        return positional;
    }

    /**
     * Strict scores pooled over k folds of all v2 sentences (the dev part among them), each fold
     * tagged by a model trained without it: about eight times as many mentions as the dev part
     * alone, so that differences of a few thousandths can be told from noise. With k = 7, fold 0
     * is the dev part. Folds train two at a time.
     */
    static NerScores crossValidate(RonecCorpus corpus, int folds, int epochs, int shuffles, boolean withV1) {
        List<AnnotatedSentence> v2 = new ArrayList<>(corpus.v2Train());
        v2.addAll(corpus.v2Dev());
        Set<String> v2Texts = allV2Texts(corpus);
        List<AnnotatedSentence> v1 = withV1 ? corpus.v1() : List.of();
        NerScores pooled = new NerScores();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(2, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<NerScores>> results = new ArrayList<>();
            for (int fold = 0; fold < folds; fold++) {
                int held = fold;
                results.add(pool.submit(() -> {
                    List<AnnotatedSentence> train = v2.stream().filter(s -> foldOf(s, folds) != held).toList();
                    List<AnnotatedSentence> test = v2.stream().filter(s -> foldOf(s, folds) == held).toList();
                    PerceptronModel model = train(examples(train, v1, v2Texts), epochs, shuffles);
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    model.save(bytes, TARGET_DOMAIN, SAVE_THRESHOLD);
                    NerTagger tagger = new NerTagger(PerceptronModel.load(new ByteArrayInputStream(bytes.toByteArray())));
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
        System.out.println("RONEC v2, " + folds + "-fold cross-validation over " + v2.size() + " sentences");
        return pooled;
    }

    private static int foldOf(AnnotatedSentence sentence, int folds) {
        return Math.floorMod(sentence.id().hashCode(), folds);
    }

    private static Set<String> allV2Texts(RonecCorpus corpus) {
        Set<String> v2Texts = new HashSet<>();
        corpus.v2Train().forEach(s -> v2Texts.add(RonecCorpus.textKey(s.text())));
        corpus.v2Dev().forEach(s -> v2Texts.add(RonecCorpus.textKey(s.text())));
        return v2Texts;
    }

    /**
     * Training examples from the given v2 sentences and the v1 ones reconciled with them; a v1
     * sentence whose text is anywhere in v2 is left out, so that no held-out sentence is trained on
     * under its v1 annotation.
     */
    private static List<TrainingExample> examples(List<AnnotatedSentence> v2, List<AnnotatedSentence> v1, Set<String> v2Texts) {
        Tokenizer tokenizer = new Tokenizer();
        List<TrainingExample> examples = new ArrayList<>();
        for (AnnotatedSentence sentence : v2) {
            examples.add(TrainingExample.of(sentence, LABELS, tokenizer, TARGET_DOMAIN));
        }
        if (v1.isEmpty()) {
            return examples;
        }
        V1Reconciler reconciler = new V1Reconciler(v2, Set.copyOf(LABELS), tokenizer);
        int duplicates = 0;
        for (AnnotatedSentence sentence : v1) {
            if (v2Texts.contains(RonecCorpus.textKey(sentence.text()))) {
                duplicates++;
                continue;
            }
            examples.add(TrainingExample.of(reconciler.reconcile(sentence), LABELS, tokenizer, "v1"));
        }
        System.err.println("v1: " + reconciler.personWordCount() + " lower-case PERSON words taken from v2, "
                + duplicates + " sentences left out as they are in v2 too");
        return examples;
    }

    static PerceptronModel train(List<TrainingExample> examples, int epochs, int shuffles) {
        TagSet tags = new TagSet(LABELS);
        List<Gazetteer> foldGazetteers = foldGazetteers(examples, tags);
        List<int[][]> featureIds = new ArrayList<>();
        PerceptronModel model = indexedModel(examples, foldGazetteers, tags);
        long[] keys = new long[NerFeatures.MAX_PER_TOKEN];
        for (int e = 0; e < examples.size(); e++) {
            TrainingExample example = examples.get(e);
            NerFeatures features = new NerFeatures(example.words(), foldGazetteers.get(e % FOLDS));
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
    private static List<Gazetteer> foldGazetteers(List<TrainingExample> examples, TagSet tags) {
        List<Gazetteer> gazetteers = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<TrainingExample> others = new ArrayList<>();
            for (int e = 0; e < examples.size(); e++) {
                if (e % FOLDS != fold) {
                    others.add(examples.get(e));
                }
            }
            gazetteers.add(Gazetteer.of(others, tags));
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
    private static PerceptronModel indexedModel(List<TrainingExample> examples, List<Gazetteer> foldGazetteers, TagSet tags) {
        Map<Long, Integer> shared = new HashMap<>();
        Map<String, Map<Long, Integer>> byCorpus = new HashMap<>();
        long[] keys = new long[NerFeatures.MAX_PER_TOKEN];
        for (int e = 0; e < examples.size(); e++) {
            TrainingExample example = examples.get(e);
            Map<Long, Integer> ofCorpus = byCorpus.computeIfAbsent(example.domain(), d -> new HashMap<>());
            NerFeatures features = new NerFeatures(example.words(), foldGazetteers.get(e % FOLDS));
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
        return new PerceptronModel(tags, sharedIndex, corpusIndex, Gazetteer.of(examples, tags));
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
