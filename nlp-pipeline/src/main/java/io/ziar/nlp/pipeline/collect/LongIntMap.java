package io.ziar.nlp.pipeline.collect;

import java.util.function.BiConsumer;

/**
 * Open-addressing map from 64-bit keys to ints, without boxing: the hot look-ups of the language
 * pipeline (the tagger's feature hashes, the language identifier's packed n-grams). A slot's key and
 * value sit side by side in one array, so that a look-up of a large table costs one cache miss, not
 * one per array; key 0 marks an empty slot and is kept apart.
 */
public final class LongIntMap {

    private static final int MISSING = -1;
    private static final long EMPTY = 0;

    /** Slot s: its key at 2s, its value at 2s + 1. */
    private long[] slots;
    private int size;
    private boolean hasEmptyKey;
    private int emptyKeyValue;

    public LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[capacity * 2];
    }

    public int size() {
        return size;
    }

    public int get(long key) {
        if (key == EMPTY) {
            return hasEmptyKey ? emptyKeyValue : MISSING;
        }
        int mask = capacity() - 1;
        for (int slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
            long found = slots[2 * slot];
            if (found == key) {
                return (int) slots[2 * slot + 1];
            }
            if (found == EMPTY) {
                return MISSING;
            }
        }
    }

    public void put(long key, int value) {
        if (key == EMPTY) {
            size += hasEmptyKey ? 0 : 1;
            hasEmptyKey = true;
            emptyKeyValue = value;
            return;
        }
        if ((size + 1) * 2 > capacity()) {
            grow();
        }
        int mask = capacity() - 1;
        int slot = spread(key) & mask;
        while (slots[2 * slot] != EMPTY && slots[2 * slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (slots[2 * slot] == EMPTY) {
            slots[2 * slot] = key;
            size++;
        }
        slots[2 * slot + 1] = value;
    }

    public void forEach(BiConsumer<Long, Integer> action) {
        if (hasEmptyKey) {
            action.accept(EMPTY, emptyKeyValue);
        }
        for (int slot = 0; slot < capacity(); slot++) {
            if (slots[2 * slot] != EMPTY) {
                action.accept(slots[2 * slot], (int) slots[2 * slot + 1]);
            }
        }
    }

    public static boolean isMissing(int value) {
        return value == MISSING;
    }

    private int capacity() {
        return slots.length / 2;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = hasEmptyKey ? 1 : 0;
        for (int slot = 0; slot < old.length / 2; slot++) {
            if (old[2 * slot] != EMPTY) {
                put(old[2 * slot], (int) old[2 * slot + 1]);
            }
        }
    }

    /** Fibonacci hashing: keys that differ only in a few bits (packed characters) still spread over the table. */
    private static int spread(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32);
    }
}
