package io.ziar.nlp.pipeline.lang.data;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one answer, from a pack's data, to "is this written as a name?", for every stage that asks:
 * the document-level entity corrections (which mentions are proper names), canonical names (which
 * PERSON mentions are names rather than pronouns or roles) and quotes (which capitalised words beside
 * a reporting verb make a speaker's name). A name has every word capitalised but the small words that
 * stand inside names ({@code name-particles} of people's names: "von", "de"; {@code name-links} of
 * organisations' and places' names: "din", "of"); pronouns, roles, determiners and not-names
 * (weekdays, months, sentence adverbs) are never names, however written.
 */
public final class NameRules {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Set<String> particles;
    private final Set<String> links;
    private final Set<String> pronouns;
    private final Set<String> subjectPronouns;
    private final Set<String> roles;
    private final Set<String> determiners;
    private final Set<String> notNames;

    NameRules(PackData pack) {
        particles = pack.lowerCaseSet("name-particles");
        links = pack.lowerCaseSet("name-links");
        pronouns = pack.lowerCaseSet("pronouns");
        subjectPronouns = pack.lowerCaseSet("subject-pronouns");
        roles = pack.lowerCaseSet("roles");
        determiners = pack.lowerCaseSet("determiners");
        notNames = pack.lowerCaseSet("not-names");
    }

    /** A lower-case word that may stand inside a person's name ("von", "de"). */
    public boolean isParticle(String word) {
        return particles.contains(word);
    }

    /** A role that may stand before a name ("President", "ministrul"), in any letter case. */
    public boolean isRole(String word) {
        return roles.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A capitalised word that is still no name: a pronoun, determiner, role, weekday, month or sentence adverb. */
    public boolean isNeverName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return pronouns.contains(lower) || subjectPronouns.contains(lower) || determiners.contains(lower)
                || roles.contains(lower) || notNames.contains(lower);
    }

    /**
     * A person's name as written: not a pronoun, every word capitalised but particles after the first,
     * and not roles alone ("President", "Senator"). Whether a single capitalised word is a common noun
     * opening a sentence is the language's morphology, which the caller knows.
     */
    public boolean isWrittenAsPersonName(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty() || pronouns.contains(stripped.toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean rolesOnly = true;
        String[] words = WHITESPACE.split(stripped);
        for (int w = 0; w < words.length; w++) {
            if (!capitalised(words[w]) && (w == 0 || !particles.contains(words[w]))) {
                return false;
            }
            rolesOnly &= isRole(words[w]);
        }
        return !rolesOnly;
    }

    /**
     * Any proper name as written ("Serghei Lavrov", "AES", "Comunitatea Economică a Statelor din Africa
     * de Vest"), not a role phrase ("ministrul rus"): the first word capitalised, every other one
     * capitalised, not a word of letters, a particle or a link.
     */
    public boolean isWrittenAsName(String text) {
        String[] words = WHITESPACE.split(text.strip());
        if (words[0].isEmpty() || !capitalised(words[0])) {
            return false;
        }
        for (String word : words) {
            if (Character.isLetter(word.codePointAt(0)) && !capitalised(word) && !particles.contains(word) && !links.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
