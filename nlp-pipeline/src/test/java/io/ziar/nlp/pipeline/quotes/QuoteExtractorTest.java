package io.ziar.nlp.pipeline.quotes;

import io.ziar.contracts.Entity;
import io.ziar.contracts.Quote;
import io.ziar.nlp.pipeline.lang.LanguagePacks;
import io.ziar.nlp.pipeline.lang.data.PackData;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class QuoteExtractorTest {

    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    /** One quote per pack language with its speaker after the quote and one with the speaker before it. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "ro|„Nu vom accepta această lege”, a declarat Ion Popescu.|Nu vom accepta această lege|Ion Popescu",
            "ro|Ion Popescu a declarat: «Nu vom accepta această lege niciodată».|Nu vom accepta această lege niciodată|Ion Popescu",
            "en|`\"We will rebuild the bridge,\" said Jane Roe on Monday.`|We will rebuild the bridge|Jane Roe",
            "en|`Jane Roe said: \"We are ready for the storm.\"`|We are ready for the storm.|Jane Roe",
            "de|„Wir werden die Schulen sanieren“, sagte die Ministerin Anna Berg.|Wir werden die Schulen sanieren|Anna Berg",
            "de|Anna Berg sagte am Montag: „Die Schulen bekommen mehr Geld.“|Die Schulen bekommen mehr Geld.|Anna Berg",
            "pt|`\"Vamos investir nas escolas\", disse o ministro João Silva.`|Vamos investir nas escolas|João Silva",
            "pt|João Silva afirmou: «O orçamento será aprovado em maio».|O orçamento será aprovado em maio|João Silva",
            "ru|«Мы готовы к переговорам», — сказал Дмитрий Песков.|Мы готовы к переговорам|Дмитрий Песков",
            "ru|Дмитрий Песков заявил: «Санкции не работают».|Санкции не работают|Дмитрий Песков",
            "fr|« Nous allons reconstruire l'école », a déclaré le maire Jean Dupont.|Nous allons reconstruire l'école|Jean Dupont",
            "fr|Emmanuel Macron a déclaré : « La réforme sera votée avant l'été. »|La réforme sera votée avant l'été.|Emmanuel Macron",
            "es|«Vamos a bajar los impuestos», dijo Pedro Sánchez en Madrid.|Vamos a bajar los impuestos|Pedro Sánchez",
            "es|El portavoz, Juan Pérez, dijo: «No habrá más retrasos en la obra».|No habrá más retrasos en la obra|Juan Pérez",
            "it|«Il governo non cadrà», ha detto il ministro Marco Rossi.|Il governo non cadrà|Marco Rossi",
            "it|Marco Rossi ha detto: «Il ponte sarà pronto a giugno».|Il ponte sarà pronto a giugno|Marco Rossi",
            "pl|„Nie podniesiemy podatków w tym roku” – powiedział premier Jan Kowalski.|Nie podniesiemy podatków w tym roku|Jan Kowalski",
            "pl|Jan Kowalski powiedział: „Nie podniesiemy podatków w tym roku”.|Nie podniesiemy podatków w tym roku|Jan Kowalski",
    })
    void aQuoteGetsItsSpeakerBeforeOrAfterIt(String language, String body, String text, String speaker) {
        List<String> people = List.of("Ion Popescu", "Jane Roe", "Anna Berg", "João Silva", "Дмитрий Песков");
        assertThat(textsAndSpeakers(language, body, people.stream().filter(body::contains).toArray(String[]::new)))
                .containsExactly(tuple(text, speaker));
    }

    @Test
    void aRoleInAppositionIsThePersonNamedInIt() {
        String body = "\"The shelters are open to everyone,\" the civil protection minister, Jane Roe, told reporters.";
        assertThat(textsAndSpeakers("en", body, "Jane Roe")).containsExactly(tuple("The shelters are open to everyone", "Jane Roe"));
    }

    @Test
    void aRoleAloneIsThePersonNamedEarlierWithThatRole() {
        String english = "Prime Minister John Doe met the mayor, Ann Lee, on Monday. Later the mayor said: \"The city will pay for the repairs.\"";
        assertThat(quotes("en", english, "John Doe", "Ann Lee")).extracting(Quote::speaker).containsExactly("Ann Lee");
        String german = "Der Bürgermeister Hans Weber eröffnete am Montag die Brücke. „Der Verkehr wird endlich fließen“, sagte der Bürgermeister.";
        assertThat(quotes("de", german, "Hans Weber")).extracting(Quote::speaker).containsExactly("Hans Weber");
    }

    @Test
    void aRolesNameIsTheOneAfterItsComplementsComma() {
        String body = "Primarul Capitalei, Nicușor Dan, a prezentat bugetul. „Banii pentru spitale cresc și ei”, a adăugat primarul.";
        assertThat(quotes("ro", body, "Capitalei", "Nicușor Dan")).extracting(Quote::speaker).containsExactly("Nicușor Dan");
    }

    @Test
    void aRoleIsFoundAtTheEndOfACompound() {
        String body = "Gesundheitsminister Karl Lauterbach verteidigte die Reform. „Ohne diese Reform schließen viele Kliniken“, erklärte der Minister.";
        assertThat(quotes("de", body, "Karl Lauterbach")).extracting(Quote::speaker).containsExactly("Karl Lauterbach");
    }

    @Test
    void aRoleTwoPeopleHeldStaysWithoutSpeaker() {
        String body = "The minister, John Doe, met the minister, Ann Lee, on Monday. Later the minister said: \"The border stays open.\"";
        assertThat(quotes("en", body, "John Doe", "Ann Lee")).extracting(Quote::speaker).containsOnlyNulls();
    }

    @Test
    void aPronounIsTheOnePersonNamedBefore() {
        String english = "Jane Roe visited the flooded town on Monday. She said the damage was \"worse than anyone expected\".";
        assertThat(quotes("en", english, "Jane Roe")).extracting(Quote::speaker).containsExactly("Jane Roe");
        String german = "Anna Berg besuchte am Montag die Schule. „Hier fehlt es an allem“, sagte sie.";
        assertThat(quotes("de", german, "Anna Berg")).extracting(Quote::speaker).containsExactly("Anna Berg");
        String french = "Le maire Jean Dupont a visité le chantier lundi. « Les travaux avancent bien », a-t-il ajouté.";
        assertThat(quotes("fr", french)).extracting(Quote::speaker).containsExactly("Jean Dupont");
        String italian = "Il ministro Marco Rossi ha visitato il cantiere. «Il ponte sarà pronto a giugno», ha detto.";
        assertThat(quotes("it", italian)).extracting(Quote::speaker).containsExactly("Marco Rossi");
    }

    @Test
    void aPronounWithTwoPeopleBeforeItStaysWithoutSpeaker() {
        String body = "Jane Roe met John Doe on Monday. She said the talks were \"long but useful in the end\".";
        assertThat(quotes("en", body, "Jane Roe", "John Doe")).extracting(Quote::speaker).containsOnlyNulls();
    }

    @Test
    void theSpeakerCarriesToTheNextQuote() {
        String body = "\"We will not give up,\" Jane Smith said. \"The fight goes on for years.\"";
        assertThat(textsAndSpeakers("en", body, "Jane Smith"))
                .containsExactly(tuple("We will not give up", "Jane Smith"), tuple("The fight goes on for years.", "Jane Smith"));
    }

    @Test
    void anotherPersonBetweenStopsTheCarry() {
        String body = "\"We will not give up,\" Jane Smith said. John Doe disagreed. \"The fight is over now.\"";
        assertThat(quotes("en", body, "Jane Smith", "John Doe")).extracting(Quote::speaker).containsExactly("Jane Smith", null);
    }

    @Test
    void aQuoteAfterAStraightQuoteSentence() {
        String body = "Ministrul a vorbit despre \"o etapă nouă\". \"Vom continua negocierile cu partenerii\", a spus Aurescu.";
        assertThat(textsAndSpeakers("ro", body, "Aurescu"))
                .containsExactly(tuple("o etapă nouă", null), tuple("Vom continua negocierile cu partenerii", "Aurescu"));
    }

    @Test
    void accordingTo() {
        assertThat(quotes("en", "The talks “went better than anyone expected”, according to John Doe.", "John Doe"))
                .extracting(Quote::speaker).containsExactly("John Doe");
        assertThat(quotes("fr", "La crise est « loin d'être terminée », selon Jean Dupont."))
                .extracting(Quote::speaker).containsExactly("Jean Dupont");
        assertThat(quotes("es", "La economía «crecerá este año», según la ministra Ana García."))
                .extracting(Quote::speaker).containsExactly("Ana García");
    }

    @Test
    void accordingToBeforeTheQuote() {
        assertThat(quotes("it", "Secondo Elly Schlein, il governo «sta smantellando la sanità pubblica»."))
                .extracting(Quote::speaker).containsExactly("Elly Schlein");
    }

    @Test
    void aLineOfSpeechEndsAtTheCommaBeforeItsReportingVerb() {
        String body = "Le maire Jean Dupont a visité l'école.\n\n— Nous voulons plus de professeurs, a dit Jean Dupont.";
        assertThat(textsAndSpeakers("fr", body)).containsExactly(tuple("Nous voulons plus de professeurs", "Jean Dupont"));
    }

    @Test
    void aDashOpensALineOfSpeech() {
        String body = "Переговоры продолжились во вторник.\n\n— Мы готовы к диалогу, — заявил Песков.";
        assertThat(textsAndSpeakers("ru", body, "Песков")).containsExactly(tuple("Мы готовы к диалогу", "Песков"));
    }

    @Test
    void aQuotedNameOrTitleIsNoQuote() {
        assertThat(quotes("ro", "A învățat la liceul „Ion N. Popa” din Vaslui, apoi a citit „Amintiri din copilărie” de trei ori."))
                .extracting(Quote::text).containsExactly("Amintiri din copilărie");
        assertThat(quotes("en", "The ship \"Queen of the Seas\" left port on Monday.")).isEmpty();
    }

    @Test
    void unclosedQuoteIsIgnored() {
        assertThat(quotes("ro", "El a spus „ceva fără sfârșit\nși apoi altceva.")).isEmpty();
    }

    @Test
    void offsetsPointAtTheTrimmedText() {
        String body = "« Nous allons reconstruire l'école », a déclaré le maire Jean Dupont.";
        Quote quote = quotes("fr", body).get(0);
        assertThat(body.substring(quote.start(), quote.end())).isEqualTo(quote.text()).isEqualTo("Nous allons reconstruire l'école");
    }

    /** The quotes of a body whose PERSON names are given (every occurrence of each); data-only languages find names themselves. */
    /** The quotes found, as (text, speaker) pairs. */
    private static List<Tuple> textsAndSpeakers(String language, String body, String... names) {
        return quotes(language, body, names).stream().map(quote -> tuple(quote.text(), quote.speaker())).toList();
    }

    private static List<Quote> quotes(String language, String body, String... names) {
        List<Entity> people = new ArrayList<>();
        for (String name : names) {
            for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
                people.add(new Entity(name, "PERSON", name, at, at + name.length()));
            }
        }
        people.sort(Comparator.comparingInt(Entity::start));
        boolean withoutModel = LanguagePacks.DATA_ONLY.contains(language);
        return EXTRACTOR.extract(body, people, PackData.bundled(language), withoutModel
                ? QuoteExtractor.SpeakerNames.CAPITALISED_WORDS_BESIDE_VERBS : QuoteExtractor.SpeakerNames.PERSON_ENTITIES);
    }
}
