package io.ziar.nlp.pipeline;

import io.ziar.contracts.Entity;
import io.ziar.contracts.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The acceptance case: the pipeline on the seed article's body. */
class SeedArticleTest {

    static Pipeline pipeline;
    static Analysis analysis;

    @BeforeAll
    static void analyse() {
        pipeline = new Pipeline();
        analysis = pipeline.analyze(new Extraction("Serghei Lavrov anunță intensificarea cooperării militare cu Mali",
                null, null, "G4Media.ro", null, SeedArticle.PARAGRAPHS), null);
    }

    @Test
    void isRomanian() {
        assertThat(analysis.language()).isEqualTo("ro");
    }

    @Test
    void findsThePeopleByTheirFullNames() {
        assertThat(canonicalOf("PERSON")).contains("Serghei Lavrov", "Abdoulaye Diop", "Assimi Goïta", "Bakary Yaou Sangare");
    }

    @Test
    void findsThePlacesInTheirNominative() {
        assertThat(canonicalOf("GPE")).contains("Rusia", "Mali", "Moscova", "Burkina Faso", "Niger", "Franța");
    }

    @Test
    void findsTheOrganisations() {
        assertThat(analysis.entities()).filteredOn(e -> e.label().equals("ORG")).extracting(Entity::text)
                .contains("AES", "ONU", "Wagner", "Le Figaro")
                .anyMatch(text -> text.equals("Ecowas") || text.equals("Comunitatea Economică a Statelor din Africa de Vest"));
    }

    @Test
    void linksInflectedFormsAndSurnamesToOneCanonicalName() {
        assertThat(analysis.entities()).extracting(Entity::text, Entity::canonical)
                .contains(tuple("Franței", "Franța"), tuple("Moscovei", "Moscova"), tuple("Lavrov", "Serghei Lavrov"),
                        tuple("Diop", "Abdoulaye Diop"));
    }

    @Test
    void attributesAllEightQuotesToTheirSpeakers() {
        assertThat(analysis.quotes()).extracting(Quote::text, Quote::speaker).containsExactly(
                tuple("Cooperarea noastră în domeniul militar se intensifică", "Serghei Lavrov"),
                tuple("Armata noastră cooperează activ cu armata din Mali", "Serghei Lavrov"),
                tuple("în domeniul politicii externe", "Serghei Lavrov"),
                tuple("merge bine pe teren", "Abdoulaye Diop"),
                tuple("pentru sprijinul său constant", "Abdoulaye Diop"),
                tuple("Dorința noastră comună este de a construi cu dumneavoastră un parteneriat dinamic și sincer (…), "
                        + "dar și un parteneriat reciproc avantajos", "Abdoulaye Diop"),
                tuple("consolidează relațiile speciale care există deja", "Abdoulaye Diop"),
                tuple("un eveniment istoric (…) care marchează un punct de cotitură", "Bakary Yaou Sangare"));
    }

    @Test
    void offsetsPointIntoTheBody() {
        for (Entity entity : analysis.entities()) {
            assertThat(analysis.body().substring(entity.start(), entity.end())).isEqualTo(entity.text());
        }
        for (Quote quote : analysis.quotes()) {
            assertThat(analysis.body().substring(quote.start(), quote.end())).isEqualTo(quote.text());
        }
    }

    @Test
    void splitsSentencesAndLemmatises() {
        assertThat(analysis.sentences()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(analysis.sentences().get(0).words()).extracting(w -> w.text() + "/" + w.lemma())
                .contains("Rusia/rusia", "cooperării/cooperare", "militare/militar");
    }

    @Test
    void fingerprintIsStableAndDiffersFromAnotherStory() {
        Analysis again = pipeline.analyze(new Extraction(null, null, null, null, null, SeedArticle.PARAGRAPHS), "ro");
        Analysis other = pipeline.analyze(new Extraction(null, null, null, null, null,
                List.of("Guvernul a aprobat joi bugetul pentru anul viitor, după o ședință care a durat aproape șase ore la Palatul Victoria.")), "ro");
        assertThat(again.fingerprint()).isEqualTo(analysis.fingerprint()).hasSize(16);
        assertThat(other.fingerprint()).isNotEqualTo(analysis.fingerprint());
    }

    private static List<String> canonicalOf(String label) {
        return analysis.entities().stream().filter(e -> e.label().equals(label)).map(Entity::canonical).toList();
    }
}
