package io.ziar.nlp.pipeline.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Weights of a first-order sequence perceptron: one weight per (feature, tag) and per tag
 * transition, decoded with Viterbi under the BIO constraint. Features are looked up under their
 * plain name and, when the model was trained on several corpora, under the target corpus' name
 * too (feature augmentation: the corpora share what they agree on and keep their quirks apart).
 * A loaded model has the target corpus' view folded in and no corpus names.
 */
final class PerceptronModel {

    private static final int MAGIC = 0x5A4E4553;

    final TagSet tags;
    final Map<String, Integer> features;
    final String domain;
    final Gazetteer gazetteer;
    float[] weights;
    final float[] transitions;

    PerceptronModel(TagSet tags, Map<String, Integer> features, String domain, Gazetteer gazetteer) {
        this.tags = tags;
        this.features = features;
        this.domain = domain;
        this.gazetteer = gazetteer;
        this.weights = new float[features.size() * tags.size()];
        this.transitions = new float[(tags.size() + 1) * tags.size()];
    }

    /** Ids of the features known to the model, each also under the corpus' name when one is given. */
    int[] ids(List<String> names, String inDomain) {
        int[] ids = new int[names.size() * 2];
        int n = 0;
        for (String name : names) {
            Integer id = features.get(name);
            if (id != null) {
                ids[n++] = id;
            }
            if (inDomain != null) {
                Integer domainId = features.get(inDomain + "|" + name);
                if (domainId != null) {
                    ids[n++] = domainId;
                }
            }
        }
        return java.util.Arrays.copyOf(ids, n);
    }

    /** The best tag sequence for the tokens whose feature ids are given. */
    int[] decode(int[][] tokenFeatures) {
        int n = tokenFeatures.length;
        int t = tags.size();
        if (n == 0) {
            return new int[0];
        }
        float[] emission = new float[t];
        float[] score = new float[t];
        float[] next = new float[t];
        int[][] back = new int[n][t];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(emission, 0f);
            for (int feature : tokenFeatures[i]) {
                int base = feature * t;
                for (int tag = 0; tag < t; tag++) {
                    emission[tag] += weights[base + tag];
                }
            }
            for (int tag = 0; tag < t; tag++) {
                if (i == 0) {
                    next[tag] = TagSet.isInside(tag) ? Float.NEGATIVE_INFINITY : emission[tag] + transitions[t * t + tag];
                    continue;
                }
                float best = Float.NEGATIVE_INFINITY;
                int bestPrevious = 0;
                for (int previous = 0; previous < t; previous++) {
                    if (!TagSet.allowed(previous, tag)) {
                        continue;
                    }
                    float s = score[previous] + transitions[previous * t + tag];
                    if (s > best) {
                        best = s;
                        bestPrevious = previous;
                    }
                }
                next[tag] = best + emission[tag];
                back[i][tag] = bestPrevious;
            }
            float[] swap = score;
            score = next;
            next = swap;
        }
        int[] path = new int[n];
        int last = 0;
        for (int tag = 1; tag < t; tag++) {
            if (score[tag] > score[last]) {
                last = tag;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            path[i] = last;
            last = back[i][last];
        }
        return path;
    }

    /**
     * Writes the weights as the target corpus sees them: a feature's shared and target-corpus
     * weights always fire together there, so they are saved as their sum under the plain name
     * (the other corpora's copies never fire and are left out). Only weights that matter are kept.
     */
    void save(OutputStream target, float threshold) throws IOException {
        int t = tags.size();
        Map<String, float[]> merged = new HashMap<>();
        String prefix = domain == null ? null : domain + "|";
        for (Map.Entry<String, Integer> feature : features.entrySet()) {
            String name = feature.getKey();
            boolean inTarget = prefix != null && name.startsWith(prefix);
            if (!inTarget && isPrefixed(name)) {
                continue;
            }
            float[] sum = merged.computeIfAbsent(inTarget ? name.substring(prefix.length()) : name, n -> new float[t]);
            for (int tag = 0; tag < t; tag++) {
                sum[tag] += weights[feature.getValue() * t + tag];
            }
        }
        merged.values().removeIf(w -> {
            for (float weight : w) {
                if (Math.abs(weight) >= threshold) {
                    return false;
                }
            }
            return true;
        });
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(target, 1 << 16))) {
            out.writeInt(MAGIC);
            List<String> labels = tags.labels();
            out.writeInt(labels.size());
            for (String label : labels) {
                out.writeUTF(label);
            }
            for (float transition : transitions) {
                out.writeFloat(transition);
            }
            out.writeInt(merged.size());
            for (Map.Entry<String, float[]> feature : merged.entrySet()) {
                float[] w = feature.getValue();
                out.writeUTF(feature.getKey());
                int nonZero = 0;
                for (float weight : w) {
                    nonZero += Math.abs(weight) >= threshold ? 1 : 0;
                }
                out.writeByte(nonZero);
                for (int tag = 0; tag < t; tag++) {
                    if (Math.abs(w[tag]) >= threshold) {
                        out.writeByte(tag);
                        out.writeFloat(w[tag]);
                    }
                }
            }
            out.writeInt(gazetteer.entries().size());
            for (Map.Entry<String, String> entry : gazetteer.entries().entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeUTF(entry.getValue());
            }
        }
    }

    /** A corpus-specific copy of a feature ("v1|l=ea"), as opposed to a plain one ("l-1|l=de|ea"). */
    private static boolean isPrefixed(String feature) {
        int bar = feature.indexOf('|');
        int equals = feature.indexOf('=');
        return bar > 0 && (equals < 0 || bar < equals);
    }

    static PerceptronModel load(InputStream source) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(source, 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a named-entity model");
            }
            int labelCount = in.readInt();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < labelCount; i++) {
                labels.add(in.readUTF());
            }
            TagSet tags = new TagSet(labels);
            int t = tags.size();
            float[] transitions = new float[(t + 1) * t];
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] = in.readFloat();
            }
            int count = in.readInt();
            Map<String, Integer> features = new HashMap<>(count * 2);
            float[] weights = new float[count * t];
            for (int id = 0; id < count; id++) {
                features.put(in.readUTF(), id);
                int nonZero = in.readUnsignedByte();
                for (int k = 0; k < nonZero; k++) {
                    int tag = in.readUnsignedByte();
                    weights[id * t + tag] = in.readFloat();
                }
            }
            int gazetteerSize = in.readInt();
            Map<String, String> gazetteer = new HashMap<>(gazetteerSize * 2);
            for (int i = 0; i < gazetteerSize; i++) {
                gazetteer.put(in.readUTF(), in.readUTF());
            }
            PerceptronModel model = new PerceptronModel(tags, features, null, new Gazetteer(gazetteer));
            model.weights = weights;
            System.arraycopy(transitions, 0, model.transitions, 0, transitions.length);
            return model;
        }
    }
}
