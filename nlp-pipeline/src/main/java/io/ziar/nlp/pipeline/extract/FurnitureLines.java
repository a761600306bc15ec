package io.ziar.nlp.pipeline.extract;

import io.ziar.nlp.pipeline.lang.LanguagePacks;
import io.ziar.nlp.pipeline.lang.data.PackData;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lines of plain text that are page furniture by clear evidence, in every pack's words (extraction
 * comes before the language is known): a teaser or a prompt of several words opens the line
 * ("Citește și ...", "Read more: ...", "To post a comment, ..."), or one of a single word does and the
 * line is short or the word ends at a colon or an ellipsis ("Related: ...", "Subscribe"); a donation
 * block's line ("Donează lunar", "CONT LEI: RO89...") is short or carries bank details; a furniture
 * word stands alone ("Publicitate", "Share"); a photo credit ("Sursa foto: ...", "Photo: ..."). A long
 * sentence that merely starts with such a word ("Related to this, the ministry opened an inquiry
 * ..."), a word that only begins like one ("Shares", "Publicitatea") and a paragraph that mentions an
 * IBAN are text.
 */
public final class FurnitureLines {

    /** A line of this many words or fewer is short enough to be a teaser, a prompt or a donation line. */
    private static final int SHORT_LINE_WORDS = 12;
    private static final Pattern BANK_DETAILS = Pattern.compile("\\b[A-Z]{2}\\d{2}[A-Z]{4}\\d{8,}\\b|\\b(?:paypal|patreon)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Pattern opener;
    private final Pattern donation;
    private final Pattern standalone;
    private final Pattern credit;

    private FurnitureLines(List<PackData> packs) {
        opener = phrases(packs, List.of("teaser-phrases", "prompt-phrases"), "^(?<phrase>", ")(?<end>\\s*(?::|…|\\.\\.\\.|$))?(?=$|[^\\p{L}\\p{N}])");
        donation = phrases(packs, List.of("donation-phrases"), "(?:^|[^\\p{L}\\p{N}])(?:", ")(?=$|[^\\p{L}\\p{N}])");
        standalone = phrases(packs, List.of("furniture-phrases"), "^(?:", ")[\\s\\p{P}\\p{N}]*$");
        credit = phrases(packs, List.of("credit-phrases"), "^(?:", ")\\s*:\\s*(?<credit>.+)$");
    }

    /** The furniture words of every pack. */
    public static FurnitureLines bundled() {
        return new FurnitureLines(LanguagePacks.everyPackData());
    }

    private static Pattern phrases(List<PackData> packs, List<String> sections, String before, String after) {
        List<String> all = new ArrayList<>();
        for (PackData pack : packs) {
            for (String section : sections) {
                pack.list(section).forEach(phrase -> all.add(Pattern.quote(phrase)));
            }
        }
        // longest first, so that "share this article" is tried before "share"
        all.sort((a, b) -> b.length() - a.length());
        return Pattern.compile(before + all.stream().distinct().collect(Collectors.joining("|")) + after,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Whether a line is furniture by clear evidence (photo credits are told apart by {@link #credit}). */
    public boolean isFurniture(String line) {
        boolean isShort = WHITESPACE.split(line.strip()).length <= SHORT_LINE_WORDS;
        Matcher opens = opener.matcher(line);
        if (opens.find()) {
            boolean severalWords = opens.group("phrase").contains(" ");
            boolean endsAtColon = opens.group("end") != null && !opens.group("end").isEmpty();
            if (severalWords || isShort || endsAtColon) {
                return true;
            }
        }
        if (donation.matcher(line).find() && (isShort || BANK_DETAILS.matcher(line).find())) {
            return true;
        }
        return standalone.matcher(line.strip().toLowerCase(Locale.ROOT)).matches();
    }

    /** The credit of a photo-credit line ("Sursa foto: Twitter" -> "Twitter"), or null. */
    public String credit(String line) {
        Matcher matcher = credit.matcher(line);
        return matcher.matches() ? matcher.group("credit").strip() : null;
    }
}
