package io.ziar.nlp.pipeline;

import io.ziar.nlp.pipeline.extract.NothingToExtractException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlainTextExtractorTest {

    private final PlainTextExtractor extractor = new PlainTextExtractor();

    @Test
    void seedArticleKeepsExactlyTheSixNewsParagraphs() throws IOException {
        String seed = Files.readString(TestResources.sharedData().resolve("seed/g4media-lavrov-mali.txt"));

        Extraction extraction = extractor.extract(seed);

        assertThat(extraction.title()).isEqualTo("Serghei Lavrov anunță intensificarea cooperării militare cu Mali");
        assertThat(extraction.siteName()).isEqualTo("G4Media.ro");
        assertThat(extraction.leadImage().credit()).isEqualTo("Twitter / Russian Embassy, UK");
        assertThat(extraction.paragraphs()).hasSize(6);
        assertThat(extraction.paragraphs().get(0)).startsWith("Rusia a salutat joi consolidarea cooperării sale militare cu Mali");
        assertThat(extraction.paragraphs().get(5)).endsWith("pentru a forma ESA.");
        assertThat(extraction.body())
                .doesNotContain("Sursa foto", "Urmărește", "Donează", "RO89RZBR", "Citește și", "comentariu");
    }

    @Test
    void englishTextLosesCreditTeasersAndPrompts() {
        Extraction extraction = extractor.extract(TestResources.text("pages/en-plain-furniture.txt"));

        assertThat(extraction.title()).isEqualTo("Council approves new flood defences for the river town");
        assertThat(extraction.siteName()).isEqualTo("example-news.com");
        assertThat(extraction.leadImage().credit()).isEqualTo("Jane Smith / Example News");
        assertThat(extraction.paragraphs()).containsExactly(
                "The county council on Tuesday approved a £12 million plan to build new flood defences along the river, "
                        + "two years after the town centre was flooded twice in one winter.",
                "Work on the first section, a raised wall along the old quay, is due to start in the spring and should be "
                        + "finished before the following winter, the council said.");
    }

    @Test
    void cedillaLettersBecomeCommaBelow() {
        Extraction extraction = extractor.extract("Guvernul a anunţat astăzi că măsurile se aplică în toată ţara, de la 1 iunie.");

        assertThat(extraction.body()).isEqualTo("Guvernul a anunțat astăzi că măsurile se aplică în toată țara, de la 1 iunie.");
    }

    @Test
    void aShortTextWithoutPageFurnitureIsTheBodyAsItIs() {
        Extraction extraction = extractor.extract("Plata se face în contul RO89RZBR0000060019874867.\nMulțumim!");

        assertThat(extraction.paragraphs()).containsExactly("Plata se face în contul RO89RZBR0000060019874867.", "Mulțumim!");
    }

    @Test
    void textWithoutProseIsAnError() {
        assertThatThrownBy(() -> extractor.extract("Home\nLogin\n\nMenu"))
                .isInstanceOf(NothingToExtractException.class);
    }
}
