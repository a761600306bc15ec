package io.ziar.nlp.pipeline;

import io.ziar.nlp.pipeline.extract.NothingToExtractException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Main text of plain text that still carries page furniture (site name, repeated title, photo
 * credit, video teasers, donation blocks, "Citește și", comment prompts). Lines are sorted into
 * furniture and prose; the body is the longest run of prose (subheadings between prose lines
 * included), the title the first heading-like line before it. Input is normalised first.
 */
public final class PlainTextExtractor {

    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "^(?:sursa foto|sursă foto|foto|photo|credit foto|photo credit|image|bild|fotó)\\s*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SITE_NAME = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.[a-z]{2,}$",
            Pattern.CASE_INSENSITIVE);
    /** Lines that open a teaser, a call to act (follow, subscribe, donate, comment) or an advert. */
    private static final Pattern FURNITURE_START = Pattern.compile(
            "^(?:citește și|citeste si|vezi și|vezi si|citește mai mult|read more|read also|see also|related|"
                    + "mehr zum thema|lesen sie auch|urmărește|urmareste|follow us|abonează-te|aboneaza-te|subscribe|"
                    + "sign up|susține-ne|sustine-ne|support us|doneaz[ăa]|dona[țt]ie|donate|pentru a posta un comentariu|"
                    + "to post a comment|leave a comment|share|distribuie|publicitate|advertisement|deschis la)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Bank details and payment services: a donation block, wherever they sit in the line. */
    private static final Pattern PAYMENT_DETAILS = Pattern.compile(
            "\\b(?:[A-Z]{2}\\d{2}[A-Z]{4}\\d{8,}|IBAN|cont (?:lei|euro|ron)|paypal|patreon)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int MIN_PROSE_CHARS = 60;
    private static final int MAX_HEADING_CHARS = 200;

    private final TextNormalizer normalizer = new TextNormalizer();

    public Extraction extract(String text) {
        List<String> lines = normalizer.normalize(text).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        String siteName = null;
        int first = 0;
        if (!lines.isEmpty() && SITE_NAME.matcher(lines.get(0)).matches()) {
            siteName = lines.get(0);
            first = 1;
        }
        String credit = null;
        List<String> candidates = new ArrayList<>();
        for (String line : lines.subList(first, lines.size())) {
            Matcher creditLine = PHOTO_CREDIT.matcher(line);
            if (!creditLine.matches()) {
                candidates.add(line);
            } else if (credit == null) {
                credit = creditLine.group(1).strip();
            }
        }
        int[] run = longestProseRun(candidates);
        if (run == null) {
            // No article-shaped prose, but sentences (a short note, one line): the text is what the
            // sender wants read, so all of it is the body. Only words without a sentence are nothing.
            if (candidates.stream().noneMatch(PlainTextExtractor::endsLikeASentence)) {
                throw new NothingToExtractException("no prose in the text");
            }
            Extraction.LeadImage image = credit == null ? null : new Extraction.LeadImage(null, null, credit);
            return new Extraction(null, null, null, siteName, image, candidates);
        }
        String title = titleBefore(candidates, run[0]);
        List<String> body = new ArrayList<>();
        for (String line : candidates.subList(run[0], run[1])) {
            if (!line.equals(title)) {
                body.add(line);
            }
        }
        Extraction.LeadImage image = credit == null ? null : new Extraction.LeadImage(null, null, credit);
        return new Extraction(title, null, null, siteName, image, body);
    }

    /** Start (inclusive) and end (exclusive) of the run of prose with the most characters, or null. */
    private static int[] longestProseRun(List<String> lines) {
        int[] best = null;
        int bestChars = 0;
        int start = -1;
        int chars = 0;
        for (int i = 0; i <= lines.size(); i++) {
            boolean prose = i < lines.size() && (isProse(lines.get(i)) || start >= 0 && isSubheading(lines, i));
            if (prose) {
                if (start < 0) {
                    start = i;
                    chars = 0;
                }
                chars += lines.get(i).length();
            } else if (start >= 0) {
                if (chars > bestChars) {
                    best = new int[] {start, i};
                    bestChars = chars;
                }
                start = -1;
            }
        }
        return best;
    }

    private static boolean isProse(String line) {
        return line.length() >= MIN_PROSE_CHARS && !isFurniture(line) && endsLikeASentence(line);
    }

    private static boolean endsLikeASentence(String line) {
        return ".!?\"”»)…'’".indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    private static boolean isFurniture(String line) {
        return FURNITURE_START.matcher(line).find() || PAYMENT_DETAILS.matcher(line).find();
    }

    /** A short line between two prose lines: a subheading of the article, not furniture. */
    private static boolean isSubheading(List<String> lines, int i) {
        String line = lines.get(i);
        return isHeading(line) && i + 1 < lines.size() && isProse(lines.get(i + 1)) && !isFurniture(line);
    }

    private static boolean isHeading(String line) {
        char last = line.charAt(line.length() - 1);
        return line.length() <= MAX_HEADING_CHARS && line.split("\\s+").length >= 3 && ".:;,".indexOf(last) < 0;
    }

    /** The first heading-like line before the body; else the body's first line, if it is heading-like. */
    private static String titleBefore(List<String> lines, int bodyStart) {
        for (int i = 0; i < bodyStart; i++) {
            if (isHeading(lines.get(i)) && !isFurniture(lines.get(i))) {
                return lines.get(i);
            }
        }
        return null;
    }
}
