package io.ziar.nlp.pipeline.ner;

import io.ziar.nlp.pipeline.collect.LongIntMap;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Weights of a first-order sequence perceptron: one weight per (feature, tag) and per tag
 * transition, decoded with Viterbi over the tag pairs its {@link TagSet} allows. While training on several corpora
 * every feature has a shared copy and one per corpus (feature augmentation: the corpora share what
 * they agree on and keep their quirks apart); a saved model has the target corpus' view folded in.
 * A saved model holds its language and every resource its features read ({@link FeatureResources}).
 */
final class PerceptronModel {

    /** "ZNE4": the fourth format, whose feature resources hold the name lists and the word classes, and which names its tag scheme. */
    private static final int MAGIC = 0x5A4E4534;
    /**
     * A loaded model keeps a feature's weights as a row of all tags when at least this share of
     * them is non-zero (BENCHMARKS.md, session 15).
     */
    private static final double DENSE_SHARE = 0.25;

    final TagSet tags;
    /**
     * Feature hash -> what {@link #ids} gives for it: while training its id (its weights are at
     * [id * tags, (id + 1) * tags) of {@link #weights}); in a loaded model where its weights are, see
     * {@link #denseWeights} and {@link #sparseWeights}.
     */
    final LongIntMap features;
    /** Corpus-specific copies of the features, by corpus name; empty once saved. */
    final Map<String, LongIntMap> corpusFeatures;
    final Gazetteer gazetteer;
    final FeatureResources resources;
    /** While training: one weight per (feature, tag), updated in place. Null in a loaded model. */
    final float[] weights;
    /**
     * A loaded model's weights of the features with non-zero weights for at least a
     * {@value #DENSE_SHARE} of the tags, a row of all tags' weights each: these are the frequent
     * features, summed at every token, and a row is added with vector instructions. Such a feature's
     * reference is {@link #denseReference} of its row (negative).
     */
    private final float[] denseWeights;
    /**
     * The other features' non-zero weights (a loaded model keeps only those: a tenth of Romanian's
     * weights), at a feature's reference (>= 0) their count, then each as its tag in the high half
     * and its value's bits in the low half: one place in memory per feature.
     */
    private final long[] sparseWeights;
    final float[] transitions;

    /** A model to train, all weights zero. */
    PerceptronModel(TagSet tags, LongIntMap features, Map<String, LongIntMap> corpusFeatures, Gazetteer gazetteer,
                    FeatureResources resources) {
        this.tags = tags;
        this.resources = resources;
        this.features = features;
        this.corpusFeatures = corpusFeatures;
        this.gazetteer = gazetteer;
        int count = features.size() + corpusFeatures.values().stream().mapToInt(LongIntMap::size).sum();
        this.weights = new float[count * tags.size()];
        this.denseWeights = null;
        this.sparseWeights = null;
        this.transitions = new float[(tags.size() + 1) * tags.size()];
    }

    private PerceptronModel(TagSet tags, LongIntMap features, Gazetteer gazetteer, FeatureResources resources, float[] transitions,
                            float[] denseWeights, long[] sparseWeights) {
        this.tags = tags;
        this.resources = resources;
        this.features = features;
        this.corpusFeatures = Map.of();
        this.gazetteer = gazetteer;
        this.weights = null;
        this.denseWeights = denseWeights;
        this.sparseWeights = sparseWeights;
        this.transitions = transitions;
    }

    /**
     * The features known to the model as {@link #decode} reads them ({@link #features}), shared and,
     * when a corpus is named, that corpus' copies.
     */
    int[] ids(long[] keys, int count, String corpus) {
        LongIntMap ofCorpus = corpus == null ? null : corpusFeatures.get(corpus);
        int[] ids = new int[ofCorpus == null ? count : count * 2];
        int n = 0;
        for (int k = 0; k < count; k++) {
            int id = features.get(keys[k]);
            if (!LongIntMap.isMissing(id)) {
                ids[n++] = id;
            }
            if (ofCorpus != null) {
                int corpusId = ofCorpus.get(keys[k]);
                if (!LongIntMap.isMissing(corpusId)) {
                    ids[n++] = corpusId;
                }
            }
        }
        return n == ids.length ? ids : Arrays.copyOf(ids, n);
    }

    /** The best tag sequence for the tokens whose feature ids are given, among those the tag set allows. */
    int[] decode(int[][] tokenFeatures) {
        int n = tokenFeatures.length;
        int t = tags.size();
        if (n == 0) {
            return new int[0];
        }
        float[] emission = new float[t];
        float[] score = new float[t];
        float[] next = new float[t];
        int[] back = new int[n * t];
        for (int i = 0; i < n; i++) {
            Arrays.fill(emission, 0f);
            for (int feature : tokenFeatures[i]) {
                if (weights == null && feature >= 0) {
                    int end = feature + (int) sparseWeights[feature];
                    for (int k = feature + 1; k <= end; k++) {
                        long weight = sparseWeights[k];
                        emission[(int) (weight >>> 32)] += Float.intBitsToFloat((int) weight);
                    }
                    continue;
                }
                float[] rows = weights != null ? weights : denseWeights;
                int base = (weights != null ? feature : denseRow(feature)) * t;
                for (int tag = 0; tag < t; tag++) {
                    emission[tag] += rows[base + tag];
                }
            }
            for (int tag = 0; tag < t; tag++) {
                if (i == 0) {
                    next[tag] = tags.canStart(tag) ? emission[tag] + transitions[t * t + tag] : Float.NEGATIVE_INFINITY;
                    continue;
                }
                float best = Float.NEGATIVE_INFINITY;
                int bestPrevious = 0;
                for (int previous : tags.predecessors(tag)) {
                    float s = score[previous] + transitions[previous * t + tag];
                    if (s > best) {
                        best = s;
                        bestPrevious = previous;
                    }
                }
                next[tag] = best + emission[tag];
                back[i * t + tag] = bestPrevious;
            }
            float[] swap = score;
            score = next;
            next = swap;
        }
        int[] path = new int[n];
        int last = TagSet.OUTSIDE;
        for (int tag = 1; tag < t; tag++) {
            if (tags.canEnd(tag) && score[tag] > score[last]) {
                last = tag;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            path[i] = last;
            last = back[i * t + last];
        }
        return path;
    }

    /**
     * Writes the weights as the target corpus sees them: there a feature's shared and target-corpus
     * copies always fire together, so they are saved as their sum (the other corpora's copies never
     * fire and are left out). Only weights that matter are kept.
     */
    void save(OutputStream out, String targetCorpus, float threshold) throws IOException {
        int t = tags.size();
        Map<Long, float[]> merged = new HashMap<>();
        features.forEach((key, id) -> addWeights(merged, key, id));
        LongIntMap target = corpusFeatures.get(targetCorpus);
        if (target != null) {
            target.forEach((key, id) -> addWeights(merged, key, id));
        }
        merged.values().removeIf(w -> {
            for (float weight : w) {
                if (Math.abs(weight) >= threshold) {
                    return false;
                }
            }
            return true;
        });
        try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out, 1 << 16))) {
            data.writeInt(MAGIC);
            resources.write(data);
            data.writeUTF(tags.scheme.name());
            List<String> labels = tags.labels();
            data.writeInt(labels.size());
            for (String label : labels) {
                data.writeUTF(label);
            }
            for (float transition : transitions) {
                data.writeFloat(transition);
            }
            data.writeInt(merged.size());
            for (Map.Entry<Long, float[]> feature : merged.entrySet()) {
                float[] w = feature.getValue();
                data.writeLong(feature.getKey());
                int nonZero = 0;
                for (float weight : w) {
                    nonZero += Math.abs(weight) >= threshold ? 1 : 0;
                }
                data.writeByte(nonZero);
                for (int tag = 0; tag < t; tag++) {
                    if (Math.abs(w[tag]) >= threshold) {
                        data.writeByte(tag);
                        data.writeFloat(w[tag]);
                    }
                }
            }
            data.writeInt(gazetteer.entries().size());
            for (Map.Entry<String, String> entry : gazetteer.entries().entrySet()) {
                data.writeUTF(entry.getKey());
                data.writeUTF(entry.getValue());
            }
        }
    }

    private void addWeights(Map<Long, float[]> merged, long key, int id) {
        int t = tags.size();
        float[] sum = merged.computeIfAbsent(key, k -> new float[t]);
        for (int tag = 0; tag < t; tag++) {
            sum[tag] += weights[id * t + tag];
        }
    }

    /** Negative and never {@link LongIntMap}'s "missing" (-1). */
    private static int denseReference(int row) {
        return -2 - row;
    }

    private static int denseRow(int reference) {
        return -2 - reference;
    }

    static PerceptronModel load(InputStream source) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(source, 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a named-entity model of this version");
            }
            FeatureResources resources = FeatureResources.read(in);
            TagSet.Scheme scheme = TagSet.Scheme.valueOf(in.readUTF());
            int labelCount = in.readInt();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < labelCount; i++) {
                labels.add(in.readUTF());
            }
            TagSet tags = new TagSet(labels, scheme);
            int t = tags.size();
            float[] transitions = new float[(t + 1) * t];
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] = in.readFloat();
            }
            int count = in.readInt();
            LongIntMap features = new LongIntMap(count);
            float[] dense = new float[0];
            long[] sparse = new long[count * 2];
            int rows = 0;
            int stored = 0;
            for (int id = 0; id < count; id++) {
                long key = in.readLong();
                int nonZero = in.readUnsignedByte();
                if (nonZero >= DENSE_SHARE * t) {
                    if ((rows + 1) * t > dense.length) {
                        dense = Arrays.copyOf(dense, Math.max(2 * dense.length, (rows + 1) * t));
                    }
                    for (int k = 0; k < nonZero; k++) {
                        int tag = in.readUnsignedByte();
                        dense[rows * t + tag] = in.readFloat();
                    }
                    features.put(key, denseReference(rows++));
                    continue;
                }
                if (stored + 1 + nonZero > sparse.length) {
                    sparse = Arrays.copyOf(sparse, Math.max(2 * sparse.length, stored + 1 + nonZero));
                }
                features.put(key, stored);
                sparse[stored++] = nonZero;
                for (int k = 0; k < nonZero; k++) {
                    int tag = in.readUnsignedByte();
                    sparse[stored++] = (long) tag << 32 | Float.floatToRawIntBits(in.readFloat()) & 0xFFFFFFFFL;
                }
            }
            int gazetteerSize = in.readInt();
            Map<String, String> gazetteer = new HashMap<>(gazetteerSize * 2);
            for (int i = 0; i < gazetteerSize; i++) {
                gazetteer.put(in.readUTF(), in.readUTF());
            }
            return new PerceptronModel(tags, features, new Gazetteer(gazetteer), resources, transitions,
                    Arrays.copyOf(dense, rows * t), Arrays.copyOf(sparse, stored));
        }
    }
}
