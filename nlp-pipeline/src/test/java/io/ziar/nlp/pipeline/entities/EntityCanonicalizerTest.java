package io.ziar.nlp.pipeline.entities;

import io.ziar.contracts.Entity;
import io.ziar.nlp.pipeline.ner.Mention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityCanonicalizerTest {

    private final EntityCanonicalizer canonicalizer = new EntityCanonicalizer();

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
        return canonicalizer.canonicalize(body, mentions).stream().map(Entity::canonical).toList();
    }
}
