package io.ziar.nlp.pipeline.ner;

import java.util.function.BiConsumer;

/** Open-addressing map from 64-bit feature hashes to feature ids, without boxing: the tagger's hot lookup. */
final class LongIntMap {

    private static final int MISSING = -1;

    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        used = new boolean[capacity];
    }

    int size() {
        return size;
    }

    int get(long key) {
        int mask = keys.length - 1;
        for (int slot = spread(key) & mask; used[slot]; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return values[slot];
            }
        }
        return MISSING;
    }

    void put(long key, int value) {
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

    void forEach(BiConsumer<Long, Integer> action) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (used[slot]) {
                action.accept(keys[slot], values[slot]);
            }
        }
    }

    static boolean isMissing(int value) {
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

    private static int spread(long key) {
        return (int) (key ^ (key >>> 32));
    }
}
