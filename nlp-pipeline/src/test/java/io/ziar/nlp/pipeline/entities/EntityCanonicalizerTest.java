package io.ziar.nlp.pipeline.entities;

import io.ziar.contracts.Entity;
import io.ziar.nlp.pipeline.lang.data.PackData;
import io.ziar.nlp.pipeline.ner.Mention;
import io.ziar.nlp.pipeline.tokens.Lemmatizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityCanonicalizerTest {

    private static final PackData ROMANIAN = PackData.bundled("ro");
    private final EntityCanonicalizer canonicalizer = new EntityCanonicalizer(Lemmatizer.bundled());

    @Test
    void inflectedPlaceNamesGoToTheNominative() {
        assertThat(canonical("GPE", "Franței", "Moscovei", "Rusiei", "Bucureștiului"))
                .containsExactly("Franța", "Moscova", "Rusia", "București");
    }

    @Test
    void spellingsAndScriptsOfOneNameMeet() {
        assertThat(canonical("PERSON", "Serghei Lavrov", "Sergey Lavrov", "Sergei Lavrov", "Сергей Лавров"))
                .containsOnly("Serghei Lavrov");
    }

    @Test
    void aSurnameAloneLinksToTheFullName() {
        assertThat(canonical("PERSON", "Abdoulaye Diop", "Diop", "Lavrov")).containsExactly("Abdoulaye Diop", "Abdoulaye Diop", "Lavrov");
    }

    @Test
    void pronounsRolesAndSentenceInitialCommonNounsAreNotNames() {
        String body = "A declarat ministrul rus, Serghei Lavrov. Omologul său malian a salutat vizita. El a plecat. "
                + "Paul a rămas la Moscova. Șeful diplomației a tăcut. Mihai Viteazul a fost domn.";
        List<Mention> mentions = new ArrayList<>();
        for (String person : List.of("ministrul", "Serghei Lavrov", "Omologul", "El", "Paul", "Șeful", "Mihai Viteazul")) {
            int start = body.indexOf(person);
            mentions.add(new Mention(start, start + person.length(), "PERSON"));
        }
        assertThat(canonicalizer.canonicalize(body, mentions, ROMANIAN)).extracting(Entity::canonical)
                .containsExactly(null, "Serghei Lavrov", null, null, "Paul", null, "Mihai Viteazul");
    }

    @Test
    void aCapitalisedWordOpeningASentenceIsANameWhenTheTextAlsoCapitalisesItElsewhere() {
        String body = "Ursul a fost văzut la Brașov. Pe Ursul l-au căutat apoi polițiștii.";
        Mention first = new Mention(0, 5, "PERSON");
        assertThat(canonicalizer.canonicalize(body, List.of(first), ROMANIAN)).extracting(Entity::canonical).containsExactly("Ursul");
    }

    @Test
    void aRoleGluedToANameIsNotPartOfItAndARoleAloneIsNoName() {
        String body = "Treasury Secretary Janet Yellen met President Joe Biden. The President said so. Senator Smith agreed.";
        List<Mention> mentions = new ArrayList<>();
        for (String person : List.of("Secretary Janet Yellen", "President Joe Biden", "President", "Senator Smith")) {
            int start = body.indexOf(person, mentions.isEmpty() ? 0 : mentions.get(mentions.size() - 1).end());
            mentions.add(new Mention(start, start + person.length(), "PERSON"));
        }
        assertThat(canonicalizer.canonicalize(body, mentions, PackData.bundled("en"))).extracting(Entity::canonical)
                .containsExactly("Janet Yellen", "Joe Biden", null, "Smith");
    }

    @Test
    void romanianOrganisationNamesGoToTheirNominativeAsAWholeName() {
        assertThat(canonical("ORG", "Curții de Conturi", "Comisiei Europene", "Autorității Electorale Permanente",
                "Consiliului Local", "Alianței Statelor din Sahel"))
                .containsExactly("Curtea de Conturi", "Comisia Europeană", "Autoritatea Electorală Permanentă", "Consiliul Local",
                        "Alianța Statelor din Sahel");
    }

    @Test
    void anInstitutionNamedByACommonNounKeepsItsArticle() {
        assertThat(canonical("ORG", "Parlamentului", "Guvernului", "Gazpromului")).containsExactly("Parlamentul", "Guvernul", "Gazprom");
    }

    @Test
    void aNameBetweenTheFirstAndTheLastLinksToTheFullNameButAParticleDoesNot() {
        String body = "Luiz Inácio Lula da Silva a sosit. Lula a vorbit. Da Costa a tăcut.";
        List<Mention> mentions = new ArrayList<>();
        for (String person : List.of("Luiz Inácio Lula da Silva", "Lula", "Da")) {
            int start = body.indexOf(person, mentions.isEmpty() ? 0 : mentions.get(mentions.size() - 1).end());
            mentions.add(new Mention(start, start + person.length(), "PERSON"));
        }
        assertThat(canonicalizer.canonicalize(body, mentions, PackData.bundled("pt"))).extracting(Entity::canonical)
                // "Da" alone is a particle, no name: not linked to Lula's full name, and no name of its own.
                .containsExactly("Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva", null);
    }

    @Test
    void caseVariantsOfANameMeetUnderTheFormNotInCapitals() {
        assertThat(canonical("GPE", "BUCUREȘTI", "București")).containsOnly("București");
        assertThat(canonical("GPE", "BUCUREȘTI")).containsExactly("București");
        assertThat(canonical("ORG", "ONU")).containsExactly("ONU");
        String body = "NASA";
        assertThat(canonicalizer.canonicalize(body, List.of(new Mention(0, 4, "ORG")), PackData.bundled("en")))
                .extracting(Entity::canonical).containsExactly("NASA");
    }

    @Test
    void namesOfOtherLanguagesAreNotInflectedBack() {
        String body = "Pompei ; Galilei";
        List<Mention> mentions = List.of(new Mention(0, 6, "GPE"), new Mention(9, 16, "PERSON"));
        assertThat(canonicalizer.canonicalize(body, mentions, PackData.bundled("en"))).extracting(Entity::canonical)
                .containsExactly("Pompei", "Galilei");
    }

    @Test
    void cyrillicAloneIsTransliterated() {
        assertThat(canonical("PERSON", "Сергей Лавров")).containsExactly("Serghei Lavrov");
    }

    private List<String> canonical(String label, String... names) {
        String body = String.join(" ; ", names);
        List<Mention> mentions = new ArrayList<>();
        int at = 0;
        for (String name : names) {
            mentions.add(new Mention(at, at + name.length(), label));
            at += name.length() + 3;
        }
        return canonicalizer.canonicalize(body, mentions, ROMANIAN).stream().map(Entity::canonical).toList();
    }
}
