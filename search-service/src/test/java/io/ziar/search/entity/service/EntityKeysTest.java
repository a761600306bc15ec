package io.ziar.search.entity.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityKeysTest {

    @Test
    void namesFoldAsTheyAreTypedInAnyScript() {
        assertThat(EntityKeys.fold("Adrian Vlăsceanu")).isEqualTo("adrian vlasceanu");
        assertThat(EntityKeys.fold("Ştefan Şerban")).isEqualTo(EntityKeys.fold("ștefan șerban")).isEqualTo("stefan serban");
        // Transliterated the Romanian way, as the pipeline wrote the canonical names.
        assertThat(EntityKeys.fold("Сергей Лавров")).isEqualTo("serghei lavrov");
        assertThat(EntityKeys.fold("Лавр")).isEqualTo("lavr");
        // Words apart by one space, whatever stood between them.
        assertThat(EntityKeys.fold(" Jean-Claude  Juncker ")).isEqualTo("jean claude juncker");
        assertThat(EntityKeys.fold("-.-")).isEmpty();
    }

    @Test
    void aNameIsFoundFromEachOfItsWords() {
        assertThat(EntityKeys.names("PERSON", "Jean-Claude Juncker"))
                .containsExactly("jean claude juncker\u001fPERSON", "claude juncker\u001fPERSON", "juncker\u001fPERSON");
        assertThat(EntityKeys.names("ORG", "ONU")).containsExactly("onu\u001fORG");
        assertThat(EntityKeys.names("ORG", "...")).isEmpty();
    }
}
