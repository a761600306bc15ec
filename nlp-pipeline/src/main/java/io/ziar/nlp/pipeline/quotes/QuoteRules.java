package io.ziar.nlp.pipeline.quotes;

import io.ziar.nlp.pipeline.lang.data.NameRules;
import io.ziar.nlp.pipeline.lang.data.PackData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a language pack says about quotes, ready to look up: its quote marks (each opener with the
 * closers it takes), the dashes that open a line of direct speech, reporting verbs, the auxiliaries
 * and subject pronouns that may stand between a speaker and the verb ("a declarat", "a-t-il déclaré",
 * "hat er gesagt"), the phrases that name a source ("according to", "selon"), roles and determiners.
 */
final class QuoteRules {

    /** Role words meet across inflection and gender by their first letters: "omologul"/"omologului", "ministro"/"ministra". */
    private static final int ROLE_STEM = 7;

    private final Map<Character, String> closersByOpener = new HashMap<>();
    private final String dashes;
    private final String marks;
    private final Set<String> verbs;
    private final Set<String> auxiliaries;
    private final Set<String> subjectPronouns;
    private final Set<String> determiners;
    private final NameRules names;
    private final Set<String> abbreviations;
    private final List<List<String>> accordingTo = new ArrayList<>();

    QuoteRules(PackData pack) {
        for (String pair : pack.list("quote-marks")) {
            if (pair.length() == 2) {
                closersByOpener.merge(pair.charAt(0), pair.substring(1), String::concat);
            }
        }
        marks = String.join("", pack.list("quote-marks"));
        dashes = String.join("", pack.list("quote-dashes"));
        verbs = pack.lowerCaseSet("reporting-verbs");
        auxiliaries = pack.lowerCaseSet("auxiliaries");
        subjectPronouns = pack.lowerCaseSet("subject-pronouns");
        determiners = pack.lowerCaseSet("determiners");
        names = pack.names();
        abbreviations = pack.lowerCaseSet("abbreviations");
        for (String phrase : pack.list("according-to-phrases")) {
            accordingTo.add(new BodyWords(phrase.toLowerCase(Locale.ROOT), Set.of()).lowerCaseTexts());
        }
    }

    /** The marks that may close a quote opened by this character; empty when it opens none. */
    String closers(char opener) {
        return closersByOpener.getOrDefault(opener, "");
    }

    /** Whether the text holds a quote mark of the pack (an opener or a closer). */
    boolean hasQuoteMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (marks.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    boolean isSpeechDash(char c) {
        return dashes.indexOf(c) >= 0;
    }

    boolean isVerb(BodyWords.Word word) {
        return verbs.contains(word.lower()) || verbs.contains(word.firstPart());
    }

    boolean isAuxiliary(BodyWords.Word word) {
        return auxiliaries.contains(word.lower()) || auxiliaries.contains(word.firstPart());
    }

    boolean isVerbOrAuxiliary(BodyWords.Word word) {
        return isVerb(word) || isAuxiliary(word);
    }

    boolean isSubjectPronoun(BodyWords.Word word) {
        return subjectPronouns.contains(word.lower());
    }

    /** "a-t-il", "déclare-t-elle": a verb or auxiliary with its subject pronoun joined after it. */
    boolean endsWithSubjectPronoun(BodyWords.Word word) {
        return !word.lower().equals(word.lastPart()) && subjectPronouns.contains(word.lastPart());
    }

    boolean isRole(BodyWords.Word word) {
        return names.isRole(word.lower());
    }

    boolean isDeterminer(BodyWords.Word word) {
        return determiners.contains(word.lower());
    }

    boolean isNameParticle(BodyWords.Word word) {
        return names.isParticle(word.lower());
    }

    /** A capitalised word that is still no name ({@link NameRules#isNeverName}), or a verb opening a phrase. */
    boolean isNeverName(BodyWords.Word word) {
        return names.isNeverName(word.lower()) || isVerb(word) || isAuxiliary(word);
    }

    /** The pack's abbreviations, whose period ends no sentence. */
    Set<String> abbreviations() {
        return abbreviations;
    }

    /** The number of words of the according-to phrase that starts at word {@code at}, 0 when none does. */
    int accordingToLength(BodyWords words, int at) {
        int longest = 0;
        for (List<String> phrase : accordingTo) {
            boolean matches = at + phrase.size() <= words.size();
            for (int k = 0; matches && k < phrase.size(); k++) {
                matches = words.get(at + k).lower().equals(phrase.get(k)) && (k == 0 || !words.sentenceBreakAfter(at + k - 1));
            }
            if (matches) {
                longest = Math.max(longest, phrase.size());
            }
        }
        return longest;
    }

    static String roleStem(BodyWords.Word word) {
        String lower = word.lower();
        return lower.length() > ROLE_STEM ? lower.substring(0, ROLE_STEM) : lower;
    }
}
