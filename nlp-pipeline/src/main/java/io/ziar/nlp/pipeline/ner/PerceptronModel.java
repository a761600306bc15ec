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

    /** "ZNE3": the third format, whose feature resources hold the name lists, and which names its tag scheme. */
    private static final int MAGIC = 0x5A4E4533;

    final TagSet tags;
    final LongIntMap features;
    /** Corpus-specific copies of the features, by corpus name; empty once saved. */
    final Map<String, LongIntMap> corpusFeatures;
    final Gazetteer gazetteer;
    final FeatureResources resources;
    /** While training: one weight per (feature, tag), updated in place. Null in a loaded model. */
    final float[] weights;
    /**
     * A loaded model's weights, only the non-zero ones (a tenth of Romanian's), feature by feature:
     * feature f's tags and weights are at [firstWeight[f], firstWeight[f + 1]).
     */
    private final int[] firstWeight;
    private final byte[] weightTag;
    private final float[] weightValue;
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
        this.firstWeight = null;
        this.weightTag = null;
        this.weightValue = null;
        this.transitions = new float[(tags.size() + 1) * tags.size()];
    }

    private PerceptronModel(TagSet tags, LongIntMap features, Gazetteer gazetteer, FeatureResources resources, float[] transitions,
                            int[] firstWeight, byte[] weightTag, float[] weightValue) {
        this.tags = tags;
        this.resources = resources;
        this.features = features;
        this.corpusFeatures = Map.of();
        this.gazetteer = gazetteer;
        this.weights = null;
        this.firstWeight = firstWeight;
        this.weightTag = weightTag;
        this.weightValue = weightValue;
        this.transitions = transitions;
    }

    /** Ids of the features known to the model, shared and, when a corpus is named, that corpus' copies. */
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
                if (weights != null) {
                    int base = feature * t;
                    for (int tag = 0; tag < t; tag++) {
                        emission[tag] += weights[base + tag];
                    }
                } else {
                    for (int k = firstWeight[feature]; k < firstWeight[feature + 1]; k++) {
                        emission[weightTag[k] & 0xFF] += weightValue[k];
                    }
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
            int[] firstWeight = new int[count + 1];
            byte[] weightTag = new byte[count];
            float[] weightValue = new float[count];
            int stored = 0;
            for (int id = 0; id < count; id++) {
                features.put(in.readLong(), id);
                int nonZero = in.readUnsignedByte();
                if (stored + nonZero > weightTag.length) {
                    weightTag = Arrays.copyOf(weightTag, Math.max(2 * weightTag.length, stored + nonZero));
                    weightValue = Arrays.copyOf(weightValue, weightTag.length);
                }
                for (int k = 0; k < nonZero; k++) {
                    weightTag[stored] = (byte) in.readUnsignedByte();
                    weightValue[stored++] = in.readFloat();
                }
                firstWeight[id + 1] = stored;
            }
            int gazetteerSize = in.readInt();
            Map<String, String> gazetteer = new HashMap<>(gazetteerSize * 2);
            for (int i = 0; i < gazetteerSize; i++) {
                gazetteer.put(in.readUTF(), in.readUTF());
            }
            return new PerceptronModel(tags, features, new Gazetteer(gazetteer), resources, transitions, firstWeight,
                    Arrays.copyOf(weightTag, stored), Arrays.copyOf(weightValue, stored));
        }
    }
}
