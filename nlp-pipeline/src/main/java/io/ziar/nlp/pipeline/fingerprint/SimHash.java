package io.ziar.nlp.pipeline.fingerprint;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A 64-bit SimHash of a text's word 3-shingles (lower case, diacritics folded), for grouping
 * near-duplicate stories: texts that share most shingles differ in few bits, so a Hamming distance
 * of {@link #NEAR_DUPLICATE_BITS} or less (unrelated texts differ in about 32) means the same story.
 */
public final class SimHash {

    public static final int NEAR_DUPLICATE_BITS = 12;
    private static final int SHINGLE = 3;

    public long fingerprint(String text) {
        List<String> words = words(text);
        int[] votes = new int[64];
        int shingles = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            long hash = 0xcbf29ce484222325L;
            for (int k = i; k < Math.min(words.size(), i + SHINGLE); k++) {
                hash = fnv(hash, words.get(k));
                hash = fnv(hash, " ");
            }
            hash = mix(hash);
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += (hash >>> bit & 1) == 1 ? 1 : -1;
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return words.isEmpty() ? 0 : fingerprint;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    public static boolean nearDuplicates(long a, long b) {
        return distance(a, b) <= NEAR_DUPLICATE_BITS;
    }

    public static String hex(long fingerprint) {
        return String.format("%016x", fingerprint);
    }

    private static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static long fnv(long hash, String s) {
        for (int i = 0; i < s.length(); i++) {
            hash ^= s.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** Spreads FNV's weak high bits (the finaliser of SplitMix64). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
