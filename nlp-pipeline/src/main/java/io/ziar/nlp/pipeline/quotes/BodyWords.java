package io.ziar.nlp.pipeline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a text with their offsets, and where sentences and paragraphs break between them. */
final class BodyWords {

    /** Letters and digits, hyphenated joins kept whole ("a-t-il", "premier-ministr"); apostrophes split ("l'adjoint"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:-[\\p{L}\\p{M}\\p{N}]+)*");

    record Word(String text, String lower, int start, int end) {

        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        String firstPart() {
            int hyphen = lower.indexOf('-');
            return hyphen < 0 ? lower : lower.substring(0, hyphen);
        }

        String lastPart() {
            return lower.substring(lower.lastIndexOf('-') + 1);
        }
    }

    private final String text;
    private final Set<String> abbreviations;
    private final List<Word> words = new ArrayList<>();

    /** The words of a text whose abbreviations (lower case, without their period) do not end sentences. */
    BodyWords(String text, Set<String> abbreviations) {
        this.text = text;
        this.abbreviations = abbreviations;
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(new Word(word.group(), word.group().toLowerCase(Locale.ROOT), word.start(), word.end()));
        }
    }

    int size() {
        return words.size();
    }

    Word get(int index) {
        return words.get(index);
    }

    List<String> lowerCaseTexts() {
        return words.stream().map(Word::lower).toList();
    }

    /** The text between word {@code index} and the next one (to the end of the text after the last). */
    String gapAfter(int index) {
        int end = index + 1 < words.size() ? words.get(index + 1).start() : text.length();
        return text.substring(words.get(index).end(), end);
    }

    /** The index of the first word starting at or after the offset ({@link #size()} when none). */
    int firstAtOrAfter(int offset) {
        int low = 0;
        int high = words.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (words.get(middle).start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The index of the last word ending at or before the offset (-1 when none). */
    int lastEndingBy(int offset) {
        int index = firstAtOrAfter(offset) - 1;
        while (index >= 0 && words.get(index).end() > offset) {
            index--;
        }
        return index;
    }

    boolean paragraphBreakAfter(int index) {
        return gapAfter(index).indexOf('\n') >= 0;
    }

    /**
     * Whether a sentence ends after the word: a line break, or a stop, question or exclamation mark
     * that does not follow an initial ("N.") or an abbreviation.
     */
    boolean sentenceBreakAfter(int index) {
        String gap = gapAfter(index);
        if (gap.indexOf('\n') >= 0 || gap.indexOf('!') >= 0 || gap.indexOf('?') >= 0 || gap.indexOf('…') >= 0) {
            return true;
        }
        if (gap.indexOf('.') < 0) {
            return false;
        }
        Word word = words.get(index);
        boolean initial = word.text().length() == 1 && word.capitalised();
        return !gap.startsWith(".") || !initial && !abbreviations.contains(word.lower());
    }

    /** The index of the first word of the sentence holding word {@code index}. */
    int sentenceStart(int index) {
        int start = index;
        while (start > 0 && !sentenceBreakAfter(start - 1)) {
            start--;
        }
        return start;
    }
}
