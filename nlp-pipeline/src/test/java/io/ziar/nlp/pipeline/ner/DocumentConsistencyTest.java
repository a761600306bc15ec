package io.ziar.nlp.pipeline.ner;

import io.ziar.nlp.pipeline.lang.data.PackData;
import io.ziar.nlp.pipeline.tokens.Lemmatizer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DocumentConsistencyTest {

    private static final PackData ROMANIAN = PackData.bundled("ro");
    private final DocumentConsistency consistency = DocumentConsistency.bundled(Lemmatizer.bundled());

    @Test
    void anAcronymBracketedAfterAnOrganisationIsOneEvenWhenTheTaggerCutTheNameShort() {
        String body = "Miniștrii Uniunii Producătorilor din Carpați (UPC) s-au întâlnit. UPC are trei membri.";
        int start = body.indexOf("Uniunii");
        List<Mention> tagged = List.of(new Mention(start, start + "Uniunii Producătorilor".length(), "ORG"));
        assertThat(consistency.apply(body, tagged, ROMANIAN)).extracting(m -> body.substring(m.start(), m.end()), Mention::label)
                .contains(tuple("Uniunii Producătorilor", "ORG"), tuple("UPC", "ORG"))
                .filteredOn(t -> t.toList().get(0).equals("UPC")).hasSize(2);
    }

    @Test
    void aBracketedWordAfterAPersonIsNotMadeAnOrganisation() {
        String body = "Ion Popescu (QWZ) a votat.";
        List<Mention> tagged = List.of(new Mention(0, 11, "PERSON"));
        assertThat(consistency.apply(body, tagged, ROMANIAN)).extracting(m -> body.substring(m.start(), m.end())).doesNotContain("QWZ");
    }

    @Test
    void twoNamesJoinedByAConjunctionAreTwoMentionsUnlessTheWholeIsOneName() {
        String body = "Ministerul Justiției și Ministerul de Interne au semnat. Delegația a vizitat Bosnia și Herțegovina.";
        int bosnia = body.indexOf("Bosnia");
        List<Mention> tagged = List.of(new Mention(0, body.indexOf(" au"), "ORG"), new Mention(bosnia, body.length() - 1, "GPE"));
        assertThat(consistency.apply(body, tagged, ROMANIAN)).extracting(m -> body.substring(m.start(), m.end()))
                .containsExactly("Ministerul Justiției", "Ministerul de Interne", "Bosnia și Herțegovina");
    }
}
