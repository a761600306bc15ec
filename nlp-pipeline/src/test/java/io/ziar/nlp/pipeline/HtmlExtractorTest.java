package io.ziar.nlp.pipeline;

import io.ziar.nlp.pipeline.extract.Block;
import io.ziar.nlp.pipeline.extract.Block.Kind;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlExtractorTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void romanianNewsPageWithoutFurniture() {
        Extraction extraction = extractor.extract(TestResources.bytes("pages/ro-news-wordpress.html"),
                "https://www.example.ro/social/tramvaie", null);

        assertThat(extraction.body()).isEqualTo(TestResources.text("pages/ro-news-wordpress.expected.txt").strip());
        assertThat(extraction.title()).isEqualTo("Primăria Capitalei amână licitația pentru tramvaie noi");
        assertThat(extraction.byline()).isEqualTo("Ioana Popescu");
        assertThat(extraction.publishedAt()).isEqualTo(Instant.parse("2024-05-14T06:30:00Z"));
        assertThat(extraction.siteName()).isEqualTo("Ziarul de Test");
        assertThat(extraction.leadImage().url()).isEqualTo("https://cdn.example.ro/2024/05/tramvai-bucuresti-1200x675.jpg");
        assertThat(extraction.leadImage().caption()).isEqualTo("Un tramvai V3A în Piața Unirii.");
        assertThat(extraction.leadImage().credit()).isEqualTo("Inquam Photos / Octav Ganea");
    }

    @Test
    void blocksKeepHeadingsListsAndQuotes() {
        Extraction extraction = extractor.extract(TestResources.bytes("pages/ro-news-wordpress.html"), null, null);

        assertThat(extraction.blocks()).extracting(Block::kind).containsExactly(
                Kind.PARAGRAPH, Kind.PARAGRAPH, Kind.HEADING, Kind.PARAGRAPH,
                Kind.LIST_ITEM, Kind.LIST_ITEM, Kind.LIST_ITEM, Kind.QUOTE, Kind.PARAGRAPH);
    }

    @Test
    void paragraphsSplitByLineBreaksInALayoutOfDivs() {
        Extraction extraction = extractor.extract(TestResources.text("pages/de-news-divs.html"), null);

        assertThat(extraction.body()).isEqualTo(TestResources.text("pages/de-news-divs.expected.txt").strip());
        assertThat(extraction.title()).isEqualTo("Stadtrat beschließt neues Radwegenetz");
        assertThat(extraction.byline()).isEqualTo("Jonas Weber");
        assertThat(extraction.publishedAt()).isEqualTo(Instant.parse("2024-03-02T17:05:00Z"));
    }

    @Test
    void siteNameFallsBackToTheHost() {
        Extraction extraction = extractor.extract(TestResources.text("pages/de-news-divs.html"),
                "https://www.lokalzeitung.example/lokales/radwege");

        assertThat(extraction.siteName()).isEqualTo("lokalzeitung.example");
    }

    @Test
    void onAPageWithoutAHeadlineOfItsOwnTheVisibleFirstLineBeatsTheDocumentTitleAndTheBylineIsRead() {
        Extraction extraction = extractor.extract(TestResources.text("pages/ro-local-divs-br.html"), null);

        assertThat(extraction.title()).isEqualTo("Primăria a aprobat bugetul pentru noul parc din cartierul de nord al orașului");
        assertThat(extraction.byline()).isEqualTo("Ana Pop");
        assertThat(extraction.paragraphs()).hasSize(3).first().asString().startsWith("Consiliul local a votat marți");
    }

    @Test
    void bylinesInTheTextAreReadInEveryPacksWords() {
        for (String[] page : new String[][]{{"By Jane Roe", "Jane Roe"}, {"Von Lena Hofer", "Lena Hofer"}, {"de Ana Pop", "Ana Pop"}}) {
            String html = "<html><head><meta property='og:title' content='The council votes the budget for the new park'></head><body>"
                    + "<article><h1>The council votes the budget for the new park</h1><p>" + page[0] + "</p>"
                    + "<p>The council voted on Tuesday to fund the new park, after a debate of three hours about the costs.</p>"
                    + "<p>Work should start in the spring and take two years, the mayor said after the vote.</p></article></body></html>";
            Extraction extraction = extractor.extract(html, null);

            assertThat(extraction.byline()).isEqualTo(page[1]);
            assertThat(extraction.paragraphs()).hasSize(2);
        }
    }
}
