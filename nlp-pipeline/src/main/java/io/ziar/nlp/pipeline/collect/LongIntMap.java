package io.ziar.nlp.pipeline.collect;

import java.util.function.BiConsumer;

/**
 * Open-addressing map from 64-bit keys to ints, without boxing: the hot look-ups of the language
 * pipeline (the tagger's feature hashes, the language identifier's packed n-grams).
 */
public final class LongIntMap {

    private static final int MISSING = -1;

    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    public LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        used = new boolean[capacity];
    }

    public int size() {
        return size;
    }

    public int get(long key) {
        int mask = keys.length - 1;
        for (int slot = spread(key) & mask; used[slot]; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return values[slot];
            }
        }
        return MISSING;
    }

    public void put(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = spread(key) & mask;
        while (used[slot] && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (!used[slot]) {
            used[slot] = true;
            keys[slot] = key;
            size++;
        }
        values[slot] = value;
    }

    public void forEach(BiConsumer<Long, Integer> action) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (used[slot]) {
                action.accept(keys[slot], values[slot]);
            }
        }
    }

    public static boolean isMissing(int value) {
        return value == MISSING;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldUsed[slot]) {
                put(oldKeys[slot], oldValues[slot]);
            }
        }
    }

    /** Fibonacci hashing: keys that differ only in a few bits (packed characters) still spread over the table. */
    private static int spread(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32);
    }
}
