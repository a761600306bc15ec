package io.ziar.nlp.pipeline.extract;

import io.ziar.nlp.pipeline.lang.LanguagePacks;
import io.ziar.nlp.pipeline.lang.data.PackData;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the first lines of a body may be besides text: the headline, where the page declares none
 * of its own (a first line that reads as one: no final full stop, comma, colon or semicolon; a
 * question or a quotation may end it), and the byline ("de Ana Pop", "By Jane Roe", "Von Lena
 * Hofer": one of a pack's byline phrases, then one to five capitalised names), in every pack's words.
 */
public final class BodyOpening {

    private static final int MAX_HEADLINE_CHARS = 300;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";

    private final Pattern byline;

    private BodyOpening(List<PackData> packs) {
        String words = packs.stream().flatMap(pack -> pack.list("byline-phrases").stream()).distinct()
                .map(Pattern::quote).collect(Collectors.joining("|"));
        byline = Pattern.compile("^(?:" + words + ")\\s*:?\\s+(?<name>" + NAME + "(?:\\s+" + NAME + "){0,4})\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The byline phrases of every pack. */
    public static BodyOpening bundled() {
        return new BodyOpening(LanguagePacks.everyPackData());
    }

    /** Whether a line of at least {@code minWords} words reads as a headline. */
    public boolean isHeadline(String line, int minWords) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_HEADLINE_CHARS || WHITESPACE.split(text).length < minWords) {
            return false;
        }
        return ".,;:".indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /** The names of a byline line ("de Ana Pop" -> "Ana Pop"), or null when the line is no byline. */
    public String byline(String line) {
        Matcher matcher = byline.matcher(line.strip());
        return matcher.matches() ? matcher.group("name") : null;
    }
}
