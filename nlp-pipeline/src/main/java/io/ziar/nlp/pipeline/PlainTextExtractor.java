package io.ziar.nlp.pipeline;

import io.ziar.nlp.pipeline.extract.BodyOpening;
import io.ziar.nlp.pipeline.extract.FurnitureLines;
import io.ziar.contracts.LeadImage;
import io.ziar.nlp.pipeline.extract.NothingToExtractException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Main text of plain text, keeping everything the sender wrote but page furniture shown by clear
 * evidence: a site name as the first line, photo credits, the title repeated, teaser, prompt and
 * donation lines ({@link FurnitureLines}), and the block of such lines that ends the text (short
 * lines without a sentence among them: "Deschis la Raiffeisen Bank" under a donation block). Short
 * paragraphs, paragraphs without a final full stop and paragraphs with personal data are text. The
 * title is the first line when it reads as a headline (no final full stop, comma, colon or
 * semicolon; a question or a quotation may end it) and text follows; a byline line ("de Ana Pop")
 * opening the body is the byline. Input is normalised first; only
 * input without a line of three words with letters is nothing to extract.
 */
public final class PlainTextExtractor {

    private static final Pattern SITE_NAME = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.[a-z]{2,}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A line this long, or one that ends like a sentence, is text even at the end of a furniture block. */
    private static final int MIN_PROSE_CHARS = 60;
    private static final int MIN_WORDS = 3;

    private final TextNormalizer normalizer = new TextNormalizer();
    private final FurnitureLines furniture = FurnitureLines.bundled();
    private final BodyOpening opening = BodyOpening.bundled();

    public Extraction extract(String text) {
        List<String> lines = new ArrayList<>(normalizer.normalize(text).lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        if (lines.stream().noneMatch(PlainTextExtractor::hasWords)) {
            throw new NothingToExtractException("no text in the input: no line of " + MIN_WORDS + " words or more");
        }
        String siteName = null;
        if (lines.size() > 1 && SITE_NAME.matcher(lines.get(0)).matches()) {
            siteName = lines.remove(0);
        }
        String credit = null;
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            String lineCredit = furniture.credit(line);
            if (lineCredit != null) {
                credit = credit == null ? lineCredit : credit;
            } else {
                kept.add(line);
            }
        }
        // a sender's title line may be one word ("Titlu")
        String title = kept.size() > 1 && opening.isHeadline(kept.get(0), 1) && !furniture.isFurniture(kept.get(0)) ? kept.get(0) : null;
        int end = withoutFurnitureTail(kept);
        List<String> body = new ArrayList<>();
        for (String line : kept.subList(0, end)) {
            if (!line.equals(title) && !furniture.isFurniture(line)) {
                body.add(line);
            }
        }
        String byline = body.size() > 1 ? opening.byline(body.get(0)) : null;
        if (byline != null) {
            body.remove(0);
        }
        if (body.isEmpty() && title != null) {
            // a headline and nothing else worth keeping: the headline is the text
            body.add(title);
            title = null;
        }
        LeadImage image = credit == null ? null : new LeadImage(null, null, credit);
        return new Extraction(title, byline, null, siteName, image, body);
    }

    /**
     * Where the text ends without its closing furniture block: the last furniture line after which
     * every line is furniture or a short line without a sentence, and the block's first such line.
     */
    private int withoutFurnitureTail(List<String> lines) {
        int end = lines.size();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (furniture.isFurniture(line)) {
                end = i;
            } else if (line.length() >= MIN_PROSE_CHARS || endsLikeASentence(line)) {
                break;
            }
        }
        return end;
    }

    /** Whether a line has {@link #MIN_WORDS} words with letters ("1 2 3" has none). */
    private static boolean hasWords(String line) {
        int words = 0;
        for (String token : WHITESPACE.split(line)) {
            if (token.chars().anyMatch(Character::isLetter)) {
                words++;
            }
        }
        return words >= MIN_WORDS;
    }

    private static boolean endsLikeASentence(String line) {
        return ".!?\"”»)…'’".indexOf(line.charAt(line.length() - 1)) >= 0;
    }
}
