package io.ziar.nlp.pipeline.ner;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WordClassesTest {

    private static final Map<String, String> GERMAN = Map.of(
            "Bundesregierung", "SUB",
            "Köhler", "EIGNAC",
            "europäischen", "ADJ",
            "Gefangene", "ADJ|SUB",
            "Deutschen", "SUB",
            "deutschen", "ADJ");

    @Test
    void aFormIsFoundAsWrittenAndByItsLowerCaseMarkedAsSuch() {
        WordClasses classes = WordClasses.of(GERMAN);
        assertThat(classes.of("Bundesregierung", "bundesregierung")).isEqualTo("SUB");
        assertThat(classes.of("Köhler", "köhler")).isEqualTo("EIGNAC");
        assertThat(classes.of("Europäischen", "europäischen")).isEqualTo("lADJ");
        assertThat(classes.of("Gefangene", "gefangene")).isEqualTo("ADJ|SUB");
        assertThat(classes.of("Deutschen", "deutschen")).isEqualTo("SUB/lADJ");
        assertThat(classes.of("bundesregierung", "bundesregierung")).isEqualTo(WordClasses.UNKNOWN);
        assertThat(classes.of("Trient", "trient")).isEqualTo(WordClasses.UNKNOWN);
    }

    @Test
    void aSavedTableReadsBackTheSame() throws IOException {
        Map<String, String> many = new HashMap<>(GERMAN);
        for (int i = 0; i < 5000; i++) {
            many.put("Wort" + i, i % 3 == 0 ? "SUB" : i % 3 == 1 ? "VER" : "ADJ|VER");
        }
        WordClasses written = WordClasses.of(many);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            written.write(out);
        }
        WordClasses read = WordClasses.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        many.forEach((form, wordClass) -> assertThat(read.of(form, form)).as(form).isEqualTo(wordClass));
        assertThat(read.of("Wort5000", "wort5000")).isEqualTo(WordClasses.UNKNOWN);
    }

    @Test
    void aLanguageWithoutADictionaryHasNoClasses() {
        assertThat(WordClasses.NONE.isEmpty()).isTrue();
        assertThat(WordClasses.of(GERMAN).isEmpty()).isFalse();
    }
}
