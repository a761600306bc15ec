package io.ziar.nlp.pipeline.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether what an extraction kept of a page is page furniture only: a few words in all, every block
 * a label ("Sold Out", "Help", "Browse by Category": a few words that do not end like a sentence), a
 * copyright notice or furniture by {@link FurnitureLines} ("You need to enable JavaScript to run this
 * app."). Such a page carries no main text in its markup (scripts were to bring it), and saying so
 * beats indexing its footer as an article.
 */
public final class FurnitureOnly {

    private static final int MAX_WORDS = 30;
    private static final int MAX_LABEL_WORDS = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;]\\P{L}*$");
    private static final String COPYRIGHT = "©";

    private final FurnitureLines furniture;

    public FurnitureOnly(FurnitureLines furniture) {
        this.furniture = furniture;
    }

    public boolean test(List<Block> blocks) {
        int words = 0;
        for (Block block : blocks) {
            String text = block.text();
            int blockWords = words(text);
            words += blockWords;
            boolean label = blockWords <= MAX_LABEL_WORDS && !SENTENCE_END.matcher(text).find();
            if (words > MAX_WORDS || !(label || text.contains(COPYRIGHT) || furniture.isFurniture(text))) {
                return false;
            }
        }
        return true;
    }

    private static int words(String text) {
        Matcher word = WORD.matcher(text);
        int count = 0;
        while (word.find()) {
            count++;
        }
        return count;
    }
}
