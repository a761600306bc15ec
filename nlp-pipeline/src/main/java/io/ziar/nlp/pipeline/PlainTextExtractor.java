package io.ziar.nlp.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Main text of plain text that still carries page furniture (site name, repeated title, photo
 * credits, teasers, donation blocks): the title is the heading line, the body the longest run of
 * prose paragraphs after it.
 */
public final class PlainTextExtractor {

    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "^(sursa foto|foto|photo|credit foto|image|source|sursă foto)\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SITE_NAME = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N}.-]*\\.[a-z]{2,}$", Pattern.CASE_INSENSITIVE);
    private static final int MIN_PROSE_LENGTH = 60;

    public Extraction extract(String text) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        String siteName = null;
        String credit = null;
        int first = 0;
        if (!lines.isEmpty() && SITE_NAME.matcher(lines.get(0)).matches()) {
            siteName = lines.get(0);
            first = 1;
        }
        String title = null;
        List<String> candidates = new ArrayList<>();
        for (int i = first; i < lines.size(); i++) {
            String line = lines.get(i);
            var creditMatch = PHOTO_CREDIT.matcher(line);
            if (creditMatch.matches()) {
                credit = credit == null ? creditMatch.group(2).strip() : credit;
                continue;
            }
            if (title == null && isHeading(line)) {
                title = line;
                continue;
            }
            if (line.equals(title)) {
                continue;
            }
            candidates.add(line);
        }
        List<String> body = longestProseRun(candidates);
        if (title == null && !body.isEmpty()) {
            title = firstSentence(body.get(0));
        }
        Extraction.LeadImage image = credit == null ? null : new Extraction.LeadImage(null, null, credit);
        return new Extraction(title, null, null, siteName, image, body);
    }

    private static boolean isHeading(String line) {
        int words = line.split("\\s+").length;
        char last = line.charAt(line.length() - 1);
        return words >= 3 && line.length() <= 200 && ".:;,".indexOf(last) < 0;
    }

    private static boolean isProse(String line) {
        if (line.length() < MIN_PROSE_LENGTH) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".!?\"”»)…'".indexOf(last) >= 0 && !line.toLowerCase(Locale.ROOT).startsWith("citește și");
    }

    /** The run of consecutive prose lines with the most characters: the article, not the teasers around it. */
    private static List<String> longestProseRun(List<String> lines) {
        List<String> best = List.of();
        int bestLength = 0;
        List<String> run = new ArrayList<>();
        int runLength = 0;
        for (String line : lines) {
            if (isProse(line)) {
                run.add(line);
                runLength += line.length();
                continue;
            }
            if (runLength > bestLength) {
                best = run;
                bestLength = runLength;
            }
            run = new ArrayList<>();
            runLength = 0;
        }
        return runLength > bestLength ? run : best;
    }

    private static String firstSentence(String paragraph) {
        int end = paragraph.indexOf(". ");
        return end > 0 ? paragraph.substring(0, end) : paragraph;
    }
}
