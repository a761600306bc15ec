package io.ziar.nlp.pipeline.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The word classes a language's morphological dictionary gives each word form: "Bundesregierung" ->
 * "SUB" (common noun), "Köhler" -> "EIGNAC" (surname), "europäischen" -> "ADJ". In German every noun
 * is capitalised, so whether a capitalised word is a common noun the dictionary knows is much of
 * what tells it from a name. Forms are kept as 64-bit hashes in an open-addressing table with a class
 * index beside each (half a million German forms in 9 MB; a look-up is one or two probes, where a
 * binary search over sorted hashes cost the German pack 12% of its speed). Built by the training
 * module from the dictionary; a model carries its copy ({@link FeatureResources}); empty for a
 * language without one.
 */
final class WordClasses {

    static final String UNKNOWN = "-";
    /** The mark of a class found for the lower-cased word, not for the word as written. */
    private static final String BY_LOWER_CASE = "l";
    private static final int NOT_FOUND = -1;
    private static final long EMPTY = 0;
    static final WordClasses NONE = new WordClasses(new long[0], new byte[0], new String[0]);

    /** Slots of form hashes (a power of two of them, at most 5/8 full; {@link #EMPTY} marks a free one). */
    private final long[] slots;
    private final byte[] classInSlot;
    private final int size;
    private final String[] classNames;
    private final String[] lowerCaseClassNames;
    /** A class index as written and one lower-cased -> their name together, made once. */
    private final String[][] bothClassNames;

    private WordClasses(long[] hashes, byte[] classes, String[] classNames) {
        int capacity = Integer.highestOneBit(Math.max(8, hashes.length * 8 / 5)) << 1;
        this.slots = new long[hashes.length == 0 ? 0 : capacity];
        this.classInSlot = new byte[slots.length];
        int stored = 0;
        for (int i = 0; i < hashes.length; i++) {
            // a form whose hash is the free mark (odds of 2^-64) stays unknown
            if (hashes[i] != EMPTY && put(hashes[i], classes[i])) {
                stored++;
            }
        }
        this.size = stored;
        this.classNames = classNames;
        this.lowerCaseClassNames = Arrays.stream(classNames).map(name -> BY_LOWER_CASE + name).toArray(String[]::new);
        this.bothClassNames = Arrays.stream(classNames)
                .map(asWritten -> Arrays.stream(lowerCaseClassNames).map(lowerCased -> asWritten + "/" + lowerCased).toArray(String[]::new))
                .toArray(String[][]::new);
    }

    /** From a table of word forms (as the dictionary writes them) to their classes ("ADJ|SUB"). */
    static WordClasses of(Map<String, String> classesOfForm) {
        Map<String, Integer> indexOfClasses = new LinkedHashMap<>();
        long[] hashes = new long[classesOfForm.size()];
        byte[] classes = new byte[hashes.length];
        int k = 0;
        for (Map.Entry<String, String> entry : classesOfForm.entrySet()) {
            hashes[k] = NerFeatures.hashOf(entry.getKey());
            classes[k++] = (byte) (int) indexOfClasses.computeIfAbsent(entry.getValue(), c -> indexOfClasses.size());
        }
        if (indexOfClasses.size() > 256) {
            throw new IllegalArgumentException(indexOfClasses.size() + " distinct word classes: at most 256 fit a byte");
        }
        return new WordClasses(hashes, classes, indexOfClasses.keySet().toArray(String[]::new));
    }

    private boolean put(long hash, byte wordClass) {
        int mask = slots.length - 1;
        int slot = (int) hash & mask;
        while (slots[slot] != EMPTY) {
            if (slots[slot] == hash) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = hash;
        classInSlot[slot] = wordClass;
        return true;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /**
     * The classes of a word as written and those of its lower-cased form, marked ("Europäischen" ->
     * "SUB/lADJ": a nominalised adjective and an adjective; "Bereits" -> "lADV"), or {@link #UNKNOWN}.
     */
    String of(String word, String lowerCaseWord) {
        int asWritten = classOf(word);
        int lowerCased = lowerCaseWord.equals(word) ? NOT_FOUND : classOf(lowerCaseWord);
        if (lowerCased == NOT_FOUND) {
            return asWritten == NOT_FOUND ? UNKNOWN : classNames[asWritten];
        }
        return asWritten == NOT_FOUND ? lowerCaseClassNames[lowerCased] : bothClassNames[asWritten][lowerCased];
    }

    private int classOf(String form) {
        if (size == 0) {
            return NOT_FOUND;
        }
        long hash = NerFeatures.hashOf(form);
        int mask = slots.length - 1;
        for (int slot = (int) hash & mask; slots[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (slots[slot] == hash) {
                return classInSlot[slot] & 0xFF;
            }
        }
        return NOT_FOUND;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(classNames.length);
        for (String name : classNames) {
            out.writeUTF(name);
        }
        out.writeInt(size);
        for (int slot = 0; slot < slots.length; slot++) {
            if (slots[slot] != EMPTY) {
                out.writeLong(slots[slot]);
                out.writeByte(classInSlot[slot]);
            }
        }
    }

    static WordClasses read(DataInputStream in) throws IOException {
        String[] names = new String[in.readInt()];
        for (int i = 0; i < names.length; i++) {
            names[i] = in.readUTF();
        }
        long[] hashes = new long[in.readInt()];
        byte[] classes = new byte[hashes.length];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = in.readLong();
            classes[i] = in.readByte();
        }
        return new WordClasses(hashes, classes, names);
    }
}
