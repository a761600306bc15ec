package io.ziar.nlp.pipeline.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Tags over the entity labels, in one of two schemes. BIO: "O", then "B-X" (first word) and "I-X"
 * (any later word) for each label X. BILOU adds "L-X" (last word) and "U-X" (a one-word mention),
 * so that the model learns what ends a name and what a name alone looks like (Ratinov and Roth
 * 2009). Which tag may follow which is fixed here; the decoder only considers those pairs.
 */
final class TagSet {

    enum Scheme {
        BIO("BI"), BILOU("BILU");

        final String kinds;

        Scheme(String kinds) {
            this.kinds = kinds;
        }
    }

    static final int OUTSIDE = 0;

    final Scheme scheme;
    private final String[] tags;
    private final int[][] predecessors;
    private final boolean[] canStart;
    private final boolean[] canEnd;

    TagSet(List<String> labels, Scheme scheme) {
        this.scheme = scheme;
        int width = scheme.kinds.length();
        tags = new String[1 + width * labels.size()];
        tags[OUTSIDE] = "O";
        for (int i = 0; i < labels.size(); i++) {
            for (int k = 0; k < width; k++) {
                tags[1 + width * i + k] = scheme.kinds.charAt(k) + "-" + labels.get(i);
            }
        }
        predecessors = new int[tags.length][];
        canStart = new boolean[tags.length];
        canEnd = new boolean[tags.length];
        for (int tag = 0; tag < tags.length; tag++) {
            List<Integer> before = new ArrayList<>();
            for (int previous = 0; previous < tags.length; previous++) {
                if (continues(tag) ? isBeginOrInside(previous) && sameLabel(previous, tag) : !opens(previous)) {
                    before.add(previous);
                }
            }
            predecessors[tag] = before.stream().mapToInt(Integer::intValue).toArray();
            canStart[tag] = !continues(tag);
            canEnd[tag] = !opens(tag);
        }
    }

    int size() {
        return tags.length;
    }

    List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (int t = 1; t < tags.length; t += scheme.kinds.length()) {
            labels.add(label(t));
        }
        return labels;
    }

    String label(int tag) {
        return tags[tag].substring(2);
    }

    /** The tags that may come right before this one. */
    int[] predecessors(int tag) {
        return predecessors[tag];
    }

    /** Whether a sentence may begin with this tag (not inside a mention). */
    boolean canStart(int tag) {
        return canStart[tag];
    }

    /** Whether a sentence may end with this tag (no mention left open). */
    boolean canEnd(int tag) {
        return canEnd[tag];
    }

    /** The tags of a mention of the given label over this many words. */
    int[] encode(int labelIndex, int words) {
        int first = 1 + scheme.kinds.length() * labelIndex;
        int[] encoded = new int[words];
        for (int i = 0; i < words; i++) {
            encoded[i] = first + (i == 0 ? 0 : 1);
        }
        if (scheme == Scheme.BILOU) {
            encoded[words - 1] = words == 1 ? first + 3 : first + 2;
        }
        return encoded;
    }

    /** Mentions from one tag per token, token spans given by starts and ends. */
    List<Mention> mentions(int[] tagOfToken, int[] starts, int[] ends) {
        List<Mention> mentions = new ArrayList<>();
        int open = -1;
        for (int i = 0; i <= tagOfToken.length; i++) {
            int tag = i < tagOfToken.length ? tagOfToken[i] : OUTSIDE;
            boolean goesOn = open >= 0 && continues(tag) && sameLabel(tagOfToken[i - 1], tag);
            if (open >= 0 && !goesOn) {
                mentions.add(new Mention(starts[open], ends[i - 1], label(tagOfToken[open])));
                open = -1;
            }
            if (tag != OUTSIDE && !goesOn && !continues(tag)) {
                open = i;
            }
        }
        return mentions;
    }

    /** I-X and L-X: the tag goes on with a mention opened before it. */
    private boolean continues(int tag) {
        char kind = kind(tag);
        return kind == 'I' || kind == 'L';
    }

    /** B-X and I-X under BILOU: the mention must go on after this tag (in BIO a mention may end anywhere). */
    private boolean opens(int tag) {
        return scheme == Scheme.BILOU && isBeginOrInside(tag);
    }

    private boolean isBeginOrInside(int tag) {
        char kind = kind(tag);
        return kind == 'B' || kind == 'I';
    }

    private char kind(int tag) {
        return tags[tag].charAt(0);
    }

    private boolean sameLabel(int a, int b) {
        return a != OUTSIDE && b != OUTSIDE && (a - 1) / scheme.kinds.length() == (b - 1) / scheme.kinds.length();
    }
}
