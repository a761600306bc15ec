package io.ziar.nlp.pipeline.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Non-overlapping mentions ordered by start, with overlap queries in logarithmic time. */
final class MentionSet {

    private final TreeMap<Integer, Mention> byStart = new TreeMap<>();

    /** Adds the mention in place of every mention it overlaps. */
    void put(Mention mention) {
        for (Mention overlapping : overlapping(mention.start(), mention.end())) {
            byStart.remove(overlapping.start());
        }
        byStart.put(mention.start(), mention);
    }

    List<Mention> overlapping(int start, int end) {
        List<Mention> found = new ArrayList<>(2);
        Map.Entry<Integer, Mention> before = byStart.floorEntry(start);
        if (before != null && before.getValue().end() > start) {
            found.add(before.getValue());
        }
        for (Mention mention : byStart.subMap(start, false, end, false).values()) {
            found.add(mention);
        }
        return found;
    }

    List<Mention> toList() {
        return List.copyOf(byStart.values());
    }
}
