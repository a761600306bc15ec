package io.ziar.nlp.pipeline.fingerprint;

import io.ziar.nlp.pipeline.SeedArticle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimHashTest {

    private static final String STORY = String.join("\n\n", SeedArticle.PARAGRAPHS);

    private final SimHash simHash = new SimHash();

    @Test
    void aLightlyEditedCopyIsANearDuplicate() {
        String edited = STORY.replace("joi", "vineri").replace("Le Figaro", "agenției AFP") + " Actualizare: 12:30.";
        assertThat(SimHash.nearDuplicates(simHash.fingerprint(STORY), simHash.fingerprint(edited))).isTrue();
    }

    @Test
    void diacriticsAndCaseDoNotMatter() {
        assertThat(simHash.fingerprint(STORY.toUpperCase().replace('ș', 's').replace('Ș', 'S')))
                .isEqualTo(simHash.fingerprint(STORY));
    }

    @Test
    void anotherStoryIsFarAway() {
        String other = "Guvernul a aprobat bugetul pentru anul viitor după o ședință lungă la Palatul Victoria, în care "
                + "miniștrii au discutat despre pensii, salarii și investiții în infrastructură.";
        assertThat(SimHash.distance(simHash.fingerprint(STORY), simHash.fingerprint(other))).isGreaterThan(SimHash.NEAR_DUPLICATE_BITS * 2);
    }
}
