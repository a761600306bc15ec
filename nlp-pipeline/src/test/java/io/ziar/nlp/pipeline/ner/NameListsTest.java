package io.ziar.nlp.pipeline.ner;

import io.ziar.nlp.pipeline.lang.data.PackData;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NameListsTest {

    private static FeatureResources russian(Map<String, String> names) {
        return new FeatureResources("ru", Map.of(), Map.of(), PackData.bundled("ru").list("inflection-endings"), names, WordClasses.NONE);
    }

    private static String classes(FeatureResources resources, String word) {
        return resources.names.classes(word, resources.stem(word));
    }

    @Test
    void anInflectedFormFindsItsNameThroughTheStemMarkedAsSuch() {
        FeatureResources resources = russian(Map.of("путин", "surname", "москва", "city"));
        assertThat(classes(resources, "путин")).isEqualTo("surname");
        assertThat(classes(resources, "путина")).isEqualTo("~surname");
        assertThat(classes(resources, "москвы")).isEqualTo("~city");
        assertThat(classes(resources, "говорил")).isEqualTo(NameLists.UNKNOWN);
    }

    @Test
    void namesSharingAStemPoolTheirClasses() {
        assertThat(classes(russian(Map.of("иванова", "surname", "иванове", "city")), "иванову")).isEqualTo("~city|surname");
    }

    @Test
    void aMultiWordNameIsFoundWholeWhateverItsCase() {
        NameLists names = russian(Map.of("нижний новгород", "city")).names;
        assertThat(names.startsPhrase("нижний", "новгород")).isTrue();
        assertThat(names.startsPhrase("нижний", "тагил")).isFalse();
        assertThat(names.phraseLabel(List.of("Нижний", "Новгород"))).isEqualTo("city");
        assertThat(names.phraseLabel(List.of("Нижний", "Тагил"))).isNull();
        assertThat(names.classes("нижний", "нижн")).isEqualTo(NameLists.UNKNOWN);
    }
}
