package io.ziar.nlp.pipeline.ner;

import java.util.ArrayList;
import java.util.List;

/** BIO tags over the entity labels: "O", then "B-X" and "I-X" for each label X. */
final class TagSet {

    static final int OUTSIDE = 0;

    private final String[] tags;

    TagSet(List<String> labels) {
        tags = new String[1 + 2 * labels.size()];
        tags[OUTSIDE] = "O";
        for (int i = 0; i < labels.size(); i++) {
            tags[1 + 2 * i] = "B-" + labels.get(i);
            tags[2 + 2 * i] = "I-" + labels.get(i);
        }
    }

    int size() {
        return tags.length;
    }

    List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (int t = 1; t < tags.length; t += 2) {
            labels.add(label(t));
        }
        return labels;
    }

    static boolean isInside(int tag) {
        return tag != OUTSIDE && tag % 2 == 0;
    }

    static int begin(int labelIndex) {
        return 1 + 2 * labelIndex;
    }

    String label(int tag) {
        return tags[tag].substring(2);
    }

    /** Mentions from one tag per token, token spans given by starts and ends. */
    List<Mention> mentions(int[] tagOfToken, int[] starts, int[] ends) {
        List<Mention> mentions = new ArrayList<>();
        int open = -1;
        for (int i = 0; i <= tagOfToken.length; i++) {
            int tag = i < tagOfToken.length ? tagOfToken[i] : OUTSIDE;
            boolean continues = open >= 0 && isInside(tag) && tagOfToken[open] == tag - 1;
            if (open >= 0 && !continues) {
                mentions.add(new Mention(starts[open], ends[i - 1], label(tagOfToken[open])));
                open = -1;
            }
            if (tag != OUTSIDE && !continues) {
                open = isInside(tag) ? -1 : i;
            }
        }
        return mentions;
    }
}
