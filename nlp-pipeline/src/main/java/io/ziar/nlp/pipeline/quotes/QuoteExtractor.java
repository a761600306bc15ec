package io.ziar.nlp.pipeline.quotes;

import io.ziar.contracts.Entity;
import io.ziar.contracts.Quote;
import io.ziar.nlp.pipeline.lang.data.PackData;
import io.ziar.nlp.pipeline.quotes.SpeakerFinder.Person;
import io.ziar.nlp.pipeline.quotes.SpeakerFinder.Speaker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Quotations and who said them, by the rules of the article's language pack: its quote marks and
 * the dashes that open a line of direct speech, its reporting verbs, auxiliaries, according-to
 * phrases, subject pronouns and roles. The speaker is looked for, in this order, in a reporting
 * clause after the quote (", a declarat X", ", X said", "the minister, Jane Roe, told", ", sagte sie",
 * ", selon X", ", ha detto" with the subject left out), then before it in the same sentence ("X said:
 * …", "Omologul său malian a salutat „…”", "sagte Scholz: „…“"), then carried from the previous quote
 * when no other person comes between. Who a name, role or pronoun stands for is {@link SpeakerFinder}'s
 * job. A quoted span is a quote when it has at least three words and is not a name or a title (every
 * longer word capitalised: „Ion N. Popa”). Its text is what stands inside the marks, trimmed.
 */
public final class QuoteExtractor {

    /** Where the names of speakers come from. */
    public enum SpeakerNames {
        /** The PERSON entities of the article (their canonical names). */
        PERSON_ENTITIES,
        /** For a language without an entity model: capitalised words right beside a reporting verb or a role. */
        CAPITALISED_WORDS_BESIDE_VERBS
    }

    private static final int MAX_QUOTE = 2000;
    private static final int MIN_WORDS = 3;
    /** Words after a quote within which an aside may end with a comma before the reporting clause. */
    private static final int ASIDE = 12;
    /** How far apart two quotes may be for the second to keep the first's speaker. */
    private static final int CARRY_DISTANCE = 400;
    private static final String SENTENCE_STOPS = ".!?\n";

    private final Map<String, QuoteRules> rulesByLanguage = new ConcurrentHashMap<>();

    public List<Quote> extract(String body, List<Entity> entities, PackData pack, SpeakerNames speakerNames) {
        QuoteRules rules = rulesByLanguage.computeIfAbsent(pack.language(), language -> new QuoteRules(pack));
        BodyWords words = new BodyWords(body, rules.abbreviations());
        List<Person> people = speakerNames == SpeakerNames.PERSON_ENTITIES
                ? entities.stream().filter(e -> e.label().equals("PERSON")).sorted(Comparator.comparingInt(Entity::start))
                        .map(e -> new Person(e.start(), e.end(), e.canonical())).toList()
                : NamesBesideVerbs.find(body, words, rules);
        return new Attribution(body, words, rules, people).quotes();
    }

    /** The quotes of one text. */
    private static final class Attribution {

        private final String body;
        private final BodyWords words;
        private final QuoteRules rules;
        private final List<Person> people;
        private final SpeakerFinder speakers;

        Attribution(String body, BodyWords words, QuoteRules rules, List<Person> people) {
            this.body = body;
            this.words = words;
            this.rules = rules;
            this.people = people;
            this.speakers = new SpeakerFinder(words, rules, people);
        }

        List<Quote> quotes() {
            List<Quote> quotes = new ArrayList<>();
            int i = 0;
            while (i < body.length()) {
                int[] span = spanAt(i);
                if (span == null) {
                    i++;
                    continue;
                }
                int start = span[0];
                int end = span[1];
                while (start < end && Character.isWhitespace(body.charAt(start))) {
                    start++;
                }
                while (end > start && (Character.isWhitespace(body.charAt(end - 1)) || body.charAt(end - 1) == ',')) {
                    end--;
                }
                String text = body.substring(start, end);
                if (isQuote(text)) {
                    int open = i;
                    Quote previous = quotes.isEmpty() ? null : quotes.get(quotes.size() - 1);
                    String speaker = after(span[1], text).or(() -> before(open))
                            .map(Speaker::name).orElseGet(() -> carried(previous, open));
                    Quote quote = new Quote(text, speaker, start, end);
                    quotes.add(quote);
                    speakers.remember(quote);
                }
                i = span[1] + 1;
            }
            return quotes;
        }

        /** The quote opening at offset i as {start, end} of what the marks enclose (end: the closing mark), or null. */
        private int[] spanAt(int i) {
            char open = body.charAt(i);
            String closers = rules.closers(open);
            int limit = Math.min(body.length(), i + MAX_QUOTE);
            if (!closers.isEmpty()) {
                for (int j = i + 1; j < limit && body.charAt(j) != '\n'; j++) {
                    if (closers.indexOf(body.charAt(j)) >= 0) {
                        return new int[]{i + 1, j};
                    }
                }
                return null;
            }
            if (!rules.isSpeechDash(open) || !opensLine(i) || i + 1 >= body.length() || body.charAt(i + 1) != ' ') {
                return null;
            }
            // "— Мы готовы, — сказал Песков.": the line's speech runs to the next spaced dash or the line's end
            int j = i + 2;
            while (j < limit && body.charAt(j) != '\n' && !(rules.isSpeechDash(body.charAt(j)) && body.charAt(j - 1) == ' ')) {
                j++;
            }
            return new int[]{i + 1, j < limit && body.charAt(j) != '\n' ? j : reportingComma(i + 2, j)};
        }

        /** "— Nous voulons plus de professeurs, a dit une lycéenne.": the speech ends at the comma before a reporting verb. */
        private int reportingComma(int from, int end) {
            for (int k = words.firstAtOrAfter(from); k + 1 < words.size() && words.get(k + 1).end() <= end; k++) {
                int verb = rules.isAuxiliary(words.get(k + 1)) && k + 2 < words.size() ? k + 2 : k + 1;
                if (words.gapAfter(k).strip().equals(",") && rules.isVerb(words.get(verb))) {
                    return words.get(k).end();
                }
            }
            return end;
        }

        private boolean opensLine(int i) {
            int k = i - 1;
            while (k >= 0 && body.charAt(k) == ' ') {
                k--;
            }
            return k < 0 || body.charAt(k) == '\n';
        }

        private boolean isQuote(String text) {
            BodyWords inside = new BodyWords(text, rules.abbreviations());
            return inside.size() >= MIN_WORDS && !isNameOrTitle(text, inside);
        }

        /** „Ion N. Popa”, “The Lord of the Rings”: every word longer than three letters capitalised, no clause punctuation. */
        private static boolean isNameOrTitle(String text, BodyWords inside) {
            if (text.chars().anyMatch(c -> ",;:!?".indexOf(c) >= 0) || !inside.get(0).capitalised()) {
                return false;
            }
            for (int k = 0; k < inside.size(); k++) {
                BodyWords.Word word = inside.get(k);
                if (word.text().length() > 3 && !word.capitalised() && !Character.isDigit(word.text().charAt(0))) {
                    return false;
                }
            }
            return true;
        }

        /** The reporting clause after the quote whose closing mark is at {@code close}. */
        private Optional<Speaker> after(int close, String text) {
            int first = words.firstAtOrAfter(close + 1);
            if (first >= words.size()) {
                return Optional.empty();
            }
            String gap = body.substring(close + 1, words.get(first).start());
            boolean quoteEndsSentence = text.endsWith(".") && words.get(first).capitalised();
            if (quoteEndsSentence || gap.chars().anyMatch(c -> SENTENCE_STOPS.indexOf(c) >= 0) || rules.hasQuoteMark(gap.substring(Math.min(1, gap.length())))) {
                return Optional.empty();
            }
            int limit = first;
            while (limit < words.size() && !words.sentenceBreakAfter(limit) && !rules.hasQuoteMark(words.gapAfter(limit))) {
                limit++;
            }
            limit = Math.min(words.size(), limit + 1);
            Optional<Speaker> clause = clauseAt(first, limit, true);
            if (clause.isPresent()) {
                return clause;
            }
            // "„…”, în special prin instruirea acesteia, a adăugat Lavrov": an aside, then the clause
            for (int k = first; k < limit - 1 && k < first + ASIDE; k++) {
                if (words.gapAfter(k).indexOf(',') >= 0) {
                    return clauseAt(k + 1, limit, false);
                }
            }
            return Optional.empty();
        }

        /** A reporting clause at word {@code at}: verb then speaker, according-to then speaker, or (if allowed) speaker then verb. */
        private Optional<Speaker> clauseAt(int at, int limit, boolean speakerFirst) {
            int k = at;
            int pronoun = -1;
            while (k < limit && (rules.isAuxiliary(words.get(k)) || rules.isSubjectPronoun(words.get(k)) && k + 1 < limit && rules.isVerbOrAuxiliary(words.get(k + 1)))) {
                if (rules.isSubjectPronoun(words.get(k)) || rules.endsWithSubjectPronoun(words.get(k))) {
                    pronoun = k;
                }
                k++;
            }
            if (k < limit && rules.isVerb(words.get(k))) {
                if (pronoun < 0 && rules.endsWithSubjectPronoun(words.get(k))) {
                    pronoun = k;
                }
                if (pronoun >= 0) {
                    return Optional.of(new Speaker(speakers.antecedent(words.get(pronoun).start())));
                }
                int verb = k;
                return speakers.phraseAt(verb + 1, limit).or(() -> droppedSubject(verb, limit));
            }
            int according = rules.accordingToLength(words, at);
            if (according > 0) {
                return speakers.phraseAt(at + according, limit);
            }
            if (!speakerFirst) {
                return Optional.empty();
            }
            // "Jane Smith said", "the civil protection minister, Jane Roe, told reporters"
            for (int verb = at + 1; verb < limit && verb <= at + ASIDE; verb++) {
                if (rules.isVerb(words.get(verb))) {
                    int subject = verb - 1;
                    while (subject > at && rules.isAuxiliary(words.get(subject))) {
                        subject--;
                    }
                    return speakers.phraseEndingAt(subject, at);
                }
            }
            return Optional.empty();
        }

        /** ", ha detto.", ", a adăugat, fără a da detalii": a verb without its subject speaks for the person last named. */
        private Optional<Speaker> droppedSubject(int verb, int limit) {
            boolean nothingNamed = verb + 1 >= limit || !words.get(verb + 1).capitalised() && !rules.isDeterminer(words.get(verb + 1));
            return nothingNamed ? Optional.of(new Speaker(speakers.antecedent(words.get(verb).start()))) : Optional.empty();
        }

        /** The speaker introduced before the quote opening at {@code open}, in the same sentence. */
        private Optional<Speaker> before(int open) {
            int last = words.lastEndingBy(open);
            if (last < 0 || words.sentenceBreakAfter(last)) {
                return Optional.empty();
            }
            int start = words.sentenceStart(last);
            int verb = -1;
            for (int k = start; k <= last; k++) {
                if (rules.isVerb(words.get(k))) {
                    verb = k;
                }
            }
            if (verb < 0) {
                // "Selon Sophie Binet, la réforme est « … »"
                for (int k = start; k <= last; k++) {
                    int according = rules.accordingToLength(words, k);
                    if (according > 0) {
                        return speakers.phraseAt(k + according, last + 1);
                    }
                }
                // "Lavrov: „…”"
                return words.gapAfter(last).indexOf(':') >= 0 ? speakers.phraseEndingAt(last, start) : Optional.empty();
            }
            if (rules.endsWithSubjectPronoun(words.get(verb))) {
                return Optional.of(new Speaker(speakers.antecedent(words.get(verb).start())));
            }
            if (verb < last && !rules.hasQuoteMark(words.gapAfter(verb))) {
                // "sagte Scholz: „…“", "declaró el portavoz: «…»"
                Optional<Speaker> inverted = speakers.phraseAt(verb + 1, last + 1);
                if (inverted.isPresent()) {
                    return inverted;
                }
            }
            int subject = verb - 1;
            while (subject >= start && rules.isAuxiliary(words.get(subject))) {
                if (rules.endsWithSubjectPronoun(words.get(subject))) {
                    return Optional.of(new Speaker(speakers.antecedent(words.get(subject).start())));
                }
                subject--;
            }
            return speakers.phraseEndingAt(subject, start);
        }

        /** The previous quote's speaker, when the quotes are close, within one paragraph break, and no other person comes between. */
        private String carried(Quote previous, int open) {
            if (previous == null || previous.speaker() == null || open - previous.end() > CARRY_DISTANCE) {
                return null;
            }
            String between = body.substring(previous.end(), open);
            boolean opensParagraph = between.substring(between.lastIndexOf('\n') + 1).isBlank();
            if (between.indexOf('\n') >= 0 && (!opensParagraph || between.split("\n\\s*\n", -1).length > 2)) {
                return null;
            }
            for (Person person : people) {
                if (person.start() >= previous.end() && person.end() <= open && !previous.speaker().equals(person.canonical())) {
                    return null;
                }
            }
            return previous.speaker();
        }
    }
}
