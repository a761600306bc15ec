package io.ziar.nlp.pipeline.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * People's names in a language without an entity model, where they are precise enough to take:
 * the run of capitalised words right beside a reporting verb ("a déclaré Emmanuel Macron", "Pedro
 * Sánchez dijo"), after an according-to phrase ("selon Jean Dupont") or after a role ("la ministra
 * Ana García", "le maire, Jean Dupont"). Elsewhere a capitalised run may be a place, a party or a
 * sentence's first word. A surname alone is the full name given before it ("Dupont" -> "Jean Dupont").
 */
final class NamesBesideVerbs {

    /** How many words may stand between a role and the comma before its name ("la ministra de Sanidad, Ana García"). */
    private static final int ROLE_TO_COMMA = 5;

    private final String body;
    private final BodyWords words;
    private final QuoteRules rules;
    private final List<SpeakerFinder.Person> found = new ArrayList<>();

    private NamesBesideVerbs(String body, BodyWords words, QuoteRules rules) {
        this.body = body;
        this.words = words;
        this.rules = rules;
    }

    /** The names found, in text order. */
    static List<SpeakerFinder.Person> find(String body, BodyWords words, QuoteRules rules) {
        NamesBesideVerbs names = new NamesBesideVerbs(body, words, rules);
        for (int k = 0; k < words.size(); k++) {
            int according = rules.accordingToLength(words, k);
            if (rules.isVerb(words.get(k)) || according > 0) {
                names.nameAfter(k + Math.max(1, according));
                names.nameBefore(k);
            } else if (rules.isRole(words.get(k))) {
                names.nameAfter(k);
            }
        }
        names.found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(names.found);
    }

    /** A name at word {@code at}, after the determiners and a role that may stand before it. */
    private void nameAfter(int at) {
        int k = at;
        while (k < words.size() && rules.isDeterminer(words.get(k)) && !words.sentenceBreakAfter(k)) {
            k++;
        }
        if (k >= words.size() || !rules.isRole(words.get(k))) {
            add(k, runEnd(k));
            return;
        }
        int afterRole = k + 1;
        if (afterRole < words.size() && words.gapAfter(k).isBlank()) {
            add(afterRole, runEnd(afterRole));
        }
        for (int m = k; m < words.size() && m <= k + ROLE_TO_COMMA && !words.sentenceBreakAfter(m) && !rules.isVerb(words.get(m)); m++) {
            if (words.gapAfter(m).strip().equals(",")) {
                add(m + 1, runEnd(m + 1));
                return;
            }
        }
    }

    /** A name ending right before a reporting verb and its auxiliaries ("Jean Dupont a déclaré"). */
    private void nameBefore(int verb) {
        int last = verb - 1;
        while (last >= 0 && rules.isAuxiliary(words.get(last)) && !words.sentenceBreakAfter(last)) {
            last--;
        }
        if (last < 0 || words.sentenceBreakAfter(last) || rules.hasQuoteMark(words.gapAfter(last))) {
            return;
        }
        int first = last + 1;
        while (first > 0 && isNameWord(first - 1) && (first - 1 == 0 || !words.sentenceBreakAfter(first - 2)) && joined(first - 1)) {
            first--;
        }
        if (first <= last && words.get(first).capitalised()) {
            add(first, last + 1);
        }
    }

    /** The end (exclusive) of the run of name words from word {@code from}; particles only between capitalised words. */
    private int runEnd(int from) {
        int end = from;
        while (end < words.size() && isNameWord(end) && (end == from || joined(end - 1))) {
            end++;
        }
        while (end > from && !words.get(end - 1).capitalised()) {
            end--;
        }
        return end;
    }

    private boolean isNameWord(int k) {
        BodyWords.Word word = words.get(k);
        return word.capitalised() ? !rules.isNeverName(word) : rules.isNameParticle(word);
    }

    /** Whether word {@code k} and the next are parts of one name: only a space, hyphen or apostrophe between them. */
    private boolean joined(int k) {
        String gap = words.gapAfter(k);
        return gap.equals(" ") || gap.equals("'") || gap.equals("’") || gap.equals("-");
    }

    private void add(int first, int end) {
        if (first >= end || found.stream().anyMatch(p -> p.start() == words.get(first).start())) {
            return;
        }
        int start = words.get(first).start();
        int stop = words.get(end - 1).end();
        String name = body.substring(start, stop);
        if (end - first == 1) {
            for (SpeakerFinder.Person earlier : found) {
                if (earlier.start() < start && earlier.canonical().endsWith(" " + name)) {
                    name = earlier.canonical();
                }
            }
        }
        found.add(new SpeakerFinder.Person(start, stop, name));
    }
}
