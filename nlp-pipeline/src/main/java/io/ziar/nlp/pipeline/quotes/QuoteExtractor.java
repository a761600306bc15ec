package io.ziar.nlp.pipeline.quotes;

import io.ziar.contracts.Entity;
import io.ziar.contracts.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotations („…”, “…”, "…", «…») and who said them. The speaker is looked for, in this order,
 * in a reporting clause after the quote (", a declarat X", ", a adăugat Lavrov", ", X said",
 * "potrivit lui X", "according to X"), then as the subject before it in the same sentence
 * ("Bakary Yaou Sangare, a salutat „…”"), then carried from the previous quote when the text carries
 * it ("…”, a declarat Diop, adăugând că … “…”"). A role before the name ("ministrul rus de
 * externe, Serghei Lavrov") resolves to the name. Speakers are given by their canonical name.
 */
public final class QuoteExtractor {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String OPENERS = "„“\"«";
    private static final int MAX_QUOTE = 2000;
    private static final int MIN_WORDS = 3;
    private static final int REPORT_WINDOW = 160;
    /** How far back a role is looked up ("omologului său malian, Abdoulaye Diop"): a few paragraphs. */
    private static final int ROLE_MEMORY = 3000;
    /** Between a role's head and its name: the rest of the role in lower case, then a comma ("său malian, "). */
    private static final Pattern APPOSITION_GAP = Pattern.compile("(?:\\s+\\p{Ll}[\\p{L}\\p{M}]*){0,4}\\s*,\\s*");
    private static final Pattern DEFINITE_ENDINGS = Pattern.compile("(?:ul|ului|le|lui|ii|ile|ele|lor)$");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "di", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le", "du", "dos", "del");
    private static final Pattern REPORTING_AFTER = Pattern.compile(
            "^[\\s,.–—-]*(?:[^„“\"«.!?]{0,80}?,\\s*)?(?:(?:a|au|mai|și)\\s+)*(?:a\\s+)?(?:mai\\s+)?"
                    + "(?:declarat|spus|afirmat|adăugat|precizat|subliniat|explicat|transmis|arătat|menționat|"
                    + "anunțat|continuat|conchis|avertizat|răspuns|scris|notat|insistat|susținut|apreciat|completat|"
                    + "declară|spune|afirmă|adaugă|precizează|subliniază|explică|a\\s+spus|"
                    + "said|says|added|told|stated|explained|noted|wrote|asked|according\\s+to|potrivit(?:\\s+lui)?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPEAKER_THEN_VERB = Pattern.compile(
            "^[\\s,]*(?:said|says|added|told|stated|explained|noted|wrote)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern VERB_BEFORE = Pattern.compile(
            "\\b(?:a|au)\\s+(?:mai\\s+)?(?:declarat|spus|afirmat|adăugat|precizat|subliniat|salutat|explicat|transmis|arătat|"
                    + "menționat|anunțat|avertizat|răspuns|scris|apreciat|calificat|numit|descris|catalogat)\\b|"
                    + "\\b(?:declară|spune|afirmă|said|says|told|added|stated|wrote|called|described)\\b|:\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CARRY = Pattern.compile(
            "\\b(?:adăugând|afirmând|subliniind|precizând|spunând|arătând|continuând|menționând|"
                    + "adding|saying|noting)\\b|^[\\s,]*(?:și|iar|and)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public List<Quote> extract(String body, List<Entity> entities) {
        List<Entity> people = entities.stream().filter(e -> e.label().equals("PERSON"))
                .sorted(Comparator.comparingInt(Entity::start)).toList();
        List<Quote> quotes = new ArrayList<>();
        int i = 0;
        Quote previous = null;
        while (i < body.length()) {
            char open = body.charAt(i);
            if (OPENERS.indexOf(open) < 0) {
                i++;
                continue;
            }
            int close = closing(body, i);
            if (close < 0) {
                i++;
                continue;
            }
            String text = body.substring(i + 1, close);
            if (words(text) >= MIN_WORDS) {
                String speaker = speakerAfter(body, close + 1, people);
                if (speaker == null) {
                    speaker = speakerBefore(body, i, people);
                }
                if (speaker == null && previous != null && previous.speaker() != null && carries(body, previous.end(), i)) {
                    speaker = previous.speaker();
                }
                Quote quote = new Quote(text, speaker, i + 1, close);
                quotes.add(quote);
                previous = quote;
            }
            i = close + 1;
        }
        return quotes;
    }

    /** The offset of the quote's closing mark, within the paragraph and a bounded distance. */
    private static int closing(String body, int open) {
        char opener = body.charAt(open);
        String closers = switch (opener) {
            case '„' -> "”“\"";
            case '“' -> "”";
            case '«' -> "»";
            default -> "\"";
        };
        int limit = Math.min(body.length(), open + MAX_QUOTE);
        for (int j = open + 1; j < limit; j++) {
            char c = body.charAt(j);
            if (c == '\n') {
                return -1;
            }
            if (closers.indexOf(c) >= 0) {
                return j;
            }
        }
        return -1;
    }

    private static String speakerAfter(String body, int from, List<Entity> people) {
        int end = sentenceEnd(body, from);
        String after = body.substring(from, end);
        Matcher reporting = REPORTING_AFTER.matcher(after);
        if (reporting.find()) {
            return firstName(people, from + reporting.end(), end);
        }
        Entity next = first(people, from, Math.min(end, from + REPORT_WINDOW));
        if (next != null && next.end() <= end && SPEAKER_THEN_VERB.matcher(body.substring(next.end(), end)).find()
                && body.substring(from, next.start()).strip().matches("[,.–—-]*")) {
            return next.canonical();
        }
        return null;
    }

    private static String speakerBefore(String body, int quoteStart, List<Entity> people) {
        int start = sentenceStart(body, quoteStart);
        String before = body.substring(start, quoteStart);
        Matcher verb = VERB_BEFORE.matcher(before);
        int verbAt = -1;
        while (verb.find()) {
            verbAt = verb.start();
        }
        if (verbAt < 0) {
            return null;
        }
        Entity subject = null;
        for (int p = firstAtOrAfter(people, start); p < people.size() && people.get(p).start() < start + verbAt; p++) {
            Entity person = people.get(p);
            if (person.end() <= start + verbAt && !isPronoun(person.text())) {
                subject = person;
            }
        }
        if (subject == null) {
            return null;
        }
        return isName(subject) && !isCapitalisedRole(body, subject) ? subject.canonical() : nameOfRole(body, subject, people);
    }

    /**
     * The person a role phrase stands for: the name in apposition right after it or, failing that,
     * the name that followed the same role earlier ("omologului său malian, Abdoulaye Diop" makes a
     * later "Omologul său malian" Abdoulaye Diop).
     */
    private static String nameOfRole(String body, Entity role, List<Entity> people) {
        String roleStem = roleStem(role.text());
        for (int p = firstAtOrAfter(people, role.start() - ROLE_MEMORY); p < people.size() && people.get(p).start() <= role.start(); p++) {
            Entity earlier = people.get(p);
            if (isName(earlier) && earlier != role) {
                continue;
            }
            if (earlier == role || roleStem(earlier.text()).equals(roleStem)) {
                Entity apposition = first(people, earlier.end(), Math.min(body.length(), earlier.end() + 60));
                if (apposition != null && isName(apposition)
                        && APPOSITION_GAP.matcher(body.substring(earlier.end(), apposition.start())).matches()) {
                    return apposition.canonical();
                }
            }
        }
        return null;
    }

    /**
     * A role capitalised only because it opens the sentence: "Omologul său malian", "Șeful
     * diplomației" (a Romanian noun with its definite article), not a name.
     */
    private static boolean isCapitalisedRole(String body, Entity person) {
        int before = person.start() - 1;
        while (before >= 0 && body.charAt(before) == ' ') {
            before--;
        }
        boolean opensSentence = before < 0 || ".!?\n".indexOf(body.charAt(before)) >= 0;
        String first = WHITESPACE.split(person.text())[0].toLowerCase(Locale.ROOT);
        return opensSentence && DEFINITE_ENDINGS.matcher(first).find();
    }

    /** The first word of a role without its case ending: "Omologul", "omologului" -> "omolog". */
    private static String roleStem(String role) {
        int space = role.indexOf(' ');
        String head = (space < 0 ? role : role.substring(0, space)).toLowerCase(Locale.ROOT);
        return head.length() > 6 ? head.substring(0, 6) : head;
    }

    /** The first proper-name PERSON in the range: a role ("ministrul", "el") defers to the name in apposition after it. */
    private static String firstName(List<Entity> people, int from, int to) {
        for (int p = firstAtOrAfter(people, from); p < people.size() && people.get(p).start() < to; p++) {
            if (isName(people.get(p))) {
                return people.get(p).canonical();
            }
        }
        return null;
    }

    private static Entity first(List<Entity> people, int from, int to) {
        int p = firstAtOrAfter(people, from);
        return p < people.size() && people.get(p).start() < to ? people.get(p) : null;
    }

    /** The index of the first person (people are in text order) starting at or after the offset. */
    private static int firstAtOrAfter(List<Entity> people, int offset) {
        int low = 0;
        int high = people.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (people.get(middle).start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static boolean carries(String body, int previousEnd, int quoteStart) {
        String between = body.substring(previousEnd, quoteStart);
        return between.length() < 400 && between.indexOf('\n') < 0 && CARRY.matcher(between).find();
    }

    /** A proper name: every word capitalised but name particles ("Serghei Lavrov", "Ursula von der Leyen"). */
    private static boolean isName(Entity person) {
        if (isPronoun(person.text())) {
            return false;
        }
        String[] words = WHITESPACE.split(person.text());
        for (int w = 0; w < words.length; w++) {
            boolean capital = !words[w].isEmpty() && Character.isUpperCase(words[w].codePointAt(0));
            if (!capital && (w == 0 || !NAME_PARTICLES.contains(words[w]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPronoun(String text) {
        return List.of("el", "ea", "ei", "ele", "he", "she", "they", "acesta", "aceasta").contains(text.toLowerCase(Locale.ROOT));
    }

    private static int sentenceEnd(String body, int from) {
        int limit = Math.min(body.length(), from + 400);
        for (int j = from; j < limit; j++) {
            char c = body.charAt(j);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && (j + 1 == body.length() || Character.isWhitespace(body.charAt(j + 1)))) {
                return j;
            }
            if (OPENERS.indexOf(c) >= 0 && c != '"') {
                return j;
            }
        }
        return limit;
    }

    private static int sentenceStart(String body, int from) {
        int limit = Math.max(0, from - 400);
        for (int j = from - 1; j > limit; j--) {
            char c = body.charAt(j);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && Character.isWhitespace(body.charAt(j + 1))) {
                return j + 1;
            }
        }
        return limit;
    }

    private static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
