package io.ziar.nlp.pipeline.tokens;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LemmatizerTest {

    private final Lemmatizer lemmatizer = Lemmatizer.bundled();

    @Test
    void romanianFromTheLexicon() {
        assertThat(lemmatizer.lemma("ceasurile", "ro")).isEqualTo("ceas");
        assertThat(lemmatizer.lemma("băteau", "ro")).isEqualTo("bate");
        assertThat(lemmatizer.lemma("Într-", "ro")).isEqualTo("întru");
    }

    @Test
    void romanianUnknownWordsByTheirEnding() {
        assertThat(lemmatizer.lemma("parlamentarilor", "ro")).isEqualTo("parlamentar");
        assertThat(lemmatizer.lemma("profesorilor", "ro")).isEqualTo("profesor");
    }

    @Test
    void english() {
        assertThat(lemmatizer.lemma("children", "en")).isEqualTo("child");
        assertThat(lemmatizer.lemma("cities", "en")).isEqualTo("city");
        assertThat(lemmatizer.lemma("running", "en")).isEqualTo("run");
        assertThat(lemmatizer.lemma("said", "en")).isEqualTo("say");
        assertThat(lemmatizer.lemma("walked", "en")).isEqualTo("walk");
    }
}
