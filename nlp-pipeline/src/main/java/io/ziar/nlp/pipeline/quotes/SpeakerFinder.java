package io.ziar.nlp.pipeline.quotes;

import io.ziar.contracts.Quote;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a speaker phrase beside a reporting verb stands for. A name is the person's canonical name; a
 * role in apposition with a name is that name ("the civil protection minister, Jane Roe"); a role
 * alone is the one person the article named with the same role before ("omologului său malian,
 * Abdoulaye Diop" makes a later "Omologul său malian" Diop); a subject pronoun is the one person
 * named in the nearest earlier sentence that names anyone (or, among several, the one a quote there
 * was attributed to). When no single person is clear the speaker is found but unnamed: a guess would
 * be worse than an empty speaker.
 */
final class SpeakerFinder {

    /** The people of a text: a name with its canonical form, or a role or pronoun mention (canonical null). */
    record Person(int start, int end, String canonical) {
    }

    /** A speaker phrase that was found; {@code name} is null when no one person clearly stands behind it. */
    record Speaker(String name) {
    }

    private static final int MAX_PHRASE = 8;
    /** How far back a role is looked up: a few paragraphs. */
    private static final int ROLE_MEMORY = 3000;
    private static final int ANTECEDENT_SENTENCES = 3;
    /** How far after a role its name may come ("ministrul rus de externe, Serghei Lavrov"). */
    private static final int ROLE_TO_NAME = 6;

    private final BodyWords words;
    private final QuoteRules rules;
    private final List<Person> people;
    private final List<Quote> attributed = new ArrayList<>();

    SpeakerFinder(BodyWords words, QuoteRules rules, List<Person> people) {
        this.words = words;
        this.rules = rules;
        this.people = people;
    }

    /** A quote already attributed: a pronoun later in the text prefers its speaker among several people. */
    void remember(Quote quote) {
        if (quote.speaker() != null) {
            attributed.add(quote);
        }
    }

    /** The speaker phrase starting at word {@code from}, before word {@code limit} ("said Jane Roe", "sagte die Ministerin"). */
    Optional<Speaker> phraseAt(int from, int limit) {
        int end = phraseEnd(from, limit);
        int head = from;
        while (head < end && rules.isDeterminer(words.get(head))) {
            head++;
        }
        if (head == end) {
            return Optional.empty();
        }
        if (head == from && rules.isSubjectPronoun(words.get(head))) {
            return Optional.of(new Speaker(antecedent(words.get(head).start())));
        }
        int role = -1;
        for (int k = head; k < end; k++) {
            Person person = personCovering(words.get(k));
            if (person != null && person.canonical() != null && k == head) {
                return Optional.of(new Speaker(person.canonical()));
            }
            if (person != null && person.canonical() != null && role >= 0) {
                return Optional.of(new Speaker(nameInApposition(k, end)));
            }
            if (role < 0 && isRole(k)) {
                role = k;
            }
            if (role < 0 && words.gapAfter(k).indexOf(',') >= 0) {
                break;
            }
        }
        return role >= 0 ? Optional.of(new Speaker(personOfRole(role))) : Optional.empty();
    }

    /** The speaker phrase ending with word {@code last}, not before word {@code first}: the subject before a verb. */
    Optional<Speaker> phraseEndingAt(int last, int first) {
        if (last < first) {
            return Optional.empty();
        }
        if (rules.isSubjectPronoun(words.get(last))) {
            return Optional.of(new Speaker(antecedent(words.get(last).start())));
        }
        int start = last;
        while (start > first && last - start < MAX_PHRASE - 1 && !isVerbOrAuxiliary(start - 1) && !breaksAfter(start - 1)) {
            start--;
        }
        boolean commaToVerb = words.gapAfter(last).indexOf(',') >= 0;
        int role = -1;
        for (int k = last; k >= start; k--) {
            Person person = personCovering(words.get(k));
            if (person != null && person.canonical() != null && person.end() == words.get(k).end()) {
                boolean roleInApposition = role >= 0 && words.gapAfter(k).indexOf(',') >= 0;
                boolean clauseSubject = !commaToVerb || opensPhrase(person, start);
                return (k == last || roleInApposition) && clauseSubject ? Optional.of(new Speaker(person.canonical())) : Optional.empty();
            }
            if (isRole(k)) {
                role = k;
            }
        }
        return role >= 0 ? Optional.of(new Speaker(personOfRole(role))) : Optional.empty();
    }

    /**
     * The person a pronoun (or a dropped subject) at the offset stands for: the one named in the
     * nearest sentence before it that names anyone, or among several the one a quote of that sentence
     * was attributed to; null when none is clear.
     */
    String antecedent(int offset) {
        int last = words.lastEndingBy(offset);
        for (int sentence = 0; sentence < ANTECEDENT_SENTENCES && last >= 0; sentence++) {
            int start = words.sentenceStart(last);
            int from = words.get(start).start();
            int to = words.get(last).end();
            Set<String> names = new LinkedHashSet<>();
            for (Person person : people) {
                if (person.canonical() != null && person.start() >= from && person.end() <= to) {
                    names.add(person.canonical());
                }
            }
            if (names.size() == 1) {
                return names.iterator().next();
            }
            if (!names.isEmpty()) {
                return attributed.stream().filter(q -> q.start() >= from && q.end() <= to && names.contains(q.speaker()))
                        .map(Quote::speaker).reduce((a, b) -> b).orElse(null);
            }
            last = start - 1;
        }
        return null;
    }

    /**
     * The one person the text named earlier with the role of word {@code role} beside the name, the
     * role also as the end of a compound ("Gesundheitsminister" for "der Minister"); null when none or several.
     */
    private String personOfRole(int role) {
        String stem = QuoteRules.roleStem(words.get(role));
        Set<String> names = new LinkedHashSet<>();
        for (int k = words.firstAtOrAfter(words.get(role).start() - ROLE_MEMORY); k < role; k++) {
            if (QuoteRules.roleStem(words.get(k)).equals(stem) || words.get(k).lower().endsWith(words.get(role).lower())) {
                String name = nameBesideRole(k);
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return names.size() == 1 ? names.iterator().next() : null;
    }

    /** The name next to a role: after it in apposition ("minister, Jane Roe"), or before it ("Jane Roe, the minister"). */
    private String nameBesideRole(int role) {
        int end = role + 1;
        while (end < words.size() && end <= role + ROLE_TO_NAME && !breaksAfter(end - 1) && !isVerbOrAuxiliary(end)) {
            end++;
        }
        for (int k = role + 1; k < end; k++) {
            Person person = personCovering(words.get(k));
            if (person != null && person.canonical() != null) {
                return nameInApposition(k, end);
            }
        }
        int before = role - 1;
        while (before >= 0 && rules.isDeterminer(words.get(before))) {
            before--;
        }
        if (before >= 0 && words.gapAfter(before).indexOf(',') >= 0) {
            Person person = personCovering(words.get(before));
            return person != null && person.end() == words.get(before).end() ? person.canonical() : null;
        }
        return null;
    }

    /**
     * The name at word {@code first} of a role's complement, or the one after the complement's comma:
     * "Primarul Capitalei, Nicușor Dan" is Nicușor Dan even when a model takes "Capitalei" for a person.
     */
    private String nameInApposition(int first, int end) {
        Person person = personCovering(words.get(first));
        for (int k = first; k + 1 < end; k++) {
            if (words.gapAfter(k).indexOf(',') >= 0) {
                Person after = personCovering(words.get(k + 1));
                return after != null && after.canonical() != null && after != person ? after.canonical() : person.canonical();
            }
        }
        return person.canonical();
    }

    /**
     * Whether a name opens its phrase: nothing before it in the phrase, or a comma ("Șeful diplomației
     * nigeriene, Bakary Yaou Sangare, a salutat"), not the object of a clause ("Jane Roe, who met Lavrov, said").
     */
    private boolean opensPhrase(Person person, int phraseStart) {
        int before = words.lastEndingBy(person.start());
        return before < phraseStart || words.gapAfter(before).indexOf(',') >= 0;
    }

    /** The end (exclusive) of a phrase from word {@code from}: before a verb, a sentence break or a quote mark. */
    private int phraseEnd(int from, int limit) {
        int end = from;
        while (end < limit && end - from < MAX_PHRASE && !isVerbOrAuxiliary(end)) {
            end++;
            if (breaksAfter(end - 1)) {
                break;
            }
        }
        return end;
    }

    private boolean breaksAfter(int word) {
        return words.sentenceBreakAfter(word) || rules.hasQuoteMark(words.gapAfter(word));
    }

    private boolean isVerbOrAuxiliary(int word) {
        return rules.isVerbOrAuxiliary(words.get(word));
    }

    /** A role word of the pack, or a PERSON mention that is no name nor pronoun ("Omologul său malian"). */
    private boolean isRole(int word) {
        BodyWords.Word w = words.get(word);
        if (rules.isRole(w)) {
            return true;
        }
        Person person = personCovering(w);
        return person != null && person.canonical() == null && !rules.isSubjectPronoun(w);
    }

    private Person personCovering(BodyWords.Word word) {
        int low = 0;
        int high = people.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (people.get(middle).end() <= word.start()) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low < people.size() && people.get(low).start() <= word.start() ? people.get(low) : null;
    }
}
