package io.ziar.nlp.pipeline;

import io.ziar.nlp.pipeline.extract.NothingToExtractException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

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
    void shortParagraphsAndParagraphsWithoutAFullStopAreKept() {
        Extraction extraction = extractor.extract(
                "Titlu\n\nPrimul paragraf, lung, despre proiect.\n\nTraseul are 21 de kilometri.\n\nUltimul paragraf despre stații");

        assertThat(extraction.title()).isEqualTo("Titlu");
        assertThat(extraction.paragraphs()).containsExactly(
                "Primul paragraf, lung, despre proiect.", "Traseul are 21 de kilometri.", "Ultimul paragraf despre stații");
    }

    @Test
    void aParagraphEndingInAReferenceCodeIsTheBody() {
        String paragraph = "Consiliul Local a aprobat bugetul pe anul viitor. Primarul a spus că lucrările încep în martie. Ref. CL-2024/117";
        Extraction extraction = extractor.extract("Bugetul a fost aprobat\n\n" + paragraph);

        assertThat(extraction.title()).isEqualTo("Bugetul a fost aprobat");
        assertThat(extraction.paragraphs()).containsExactly(paragraph);
    }

    @Test
    void paragraphsThatOnlyStartLikeFurnitureOrMentionAnIbanAreText() {
        List<String> paragraphs = List.of(
                "Shares in the company fell by a fifth on Monday.",
                "Related to this, the ministry opened an inquiry into the contracts signed last year by the agency.",
                "Publicitatea online a crescut cu 12% anul trecut.",
                "Firma a primit banii în contul RO89RZBR0000060019874867, arată documentele consultate de reporteri.");
        Extraction extraction = extractor.extract("Titlul articolului de azi\n\n" + String.join("\n\n", paragraphs));

        assertThat(extraction.paragraphs()).containsExactlyElementsOf(paragraphs);
    }

    @Test
    void aLongHeadlineEndingInAQuestionOrAQuoteIsTheTitle() {
        for (String headline : List.of("Ce se întâmplă cu proiectul de metrou din Cluj după ce licitația a fost anulată?",
                "Ministrul a răspuns criticilor: „Nu am semnat nimic din ce mi se reproșează în acest dosar”")) {
            Extraction extraction = extractor.extract(headline + "\n\nPrimul paragraf al articolului, cu o propoziție întreagă.");

            assertThat(extraction.title()).isEqualTo(headline);
            assertThat(extraction.paragraphs()).containsExactly("Primul paragraf al articolului, cu o propoziție întreagă.");
        }
    }

    @Test
    void aBylineOpeningTheBodyIsTheByline() {
        Extraction extraction = extractor.extract("Bugetul a fost aprobat\n\nde Ana Pop\n\nConsiliul Local a aprobat bugetul pe anul viitor.");

        assertThat(extraction.byline()).isEqualTo("Ana Pop");
        assertThat(extraction.paragraphs()).containsExactly("Consiliul Local a aprobat bugetul pe anul viitor.");
    }

    @Test
    void textWithoutProseIsAnError() {
        assertThatThrownBy(() -> extractor.extract("Home\nLogin\n\nMenu"))
                .isInstanceOf(NothingToExtractException.class);
        assertThatThrownBy(() -> extractor.extract("1 2 3"))
                .isInstanceOf(NothingToExtractException.class);
    }
}
