package io.ziar.nlp.pipeline.ner;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DictionaryWordClassesTest {

    @Test
    void germanFormsGetTheClassesOfTheirDictionaryTags() {
        WordClasses german = DictionaryWordClasses.of("de");
        assertThat(german.of("Bundesregierung", "bundesregierung")).isEqualTo("SUB");
        assertThat(german.of("Scholz", "scholz")).contains("EIGNAC");
        assertThat(german.of("Norwegen", "norwegen")).contains("EIGCOU");
        assertThat(german.of("Bereits", "bereits")).isEqualTo("lADV");
        assertThat(german.of("Trient", "trient")).isEqualTo(WordClasses.UNKNOWN);
        assertThat(german.of("Europäischen", "europäischen")).isEqualTo("SUB/lADJ");
    }

    @Test
    void aLanguageWithoutARulesFileHasNone() {
        assertThat(DictionaryWordClasses.of("en").isEmpty()).isTrue();
    }
}
