package io.ziar.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusGeneratorTest {

    private static final Path DATA = Path.of(System.getProperty("ziar.shared.data", "../../shared/data"));
    private static final int SIZE = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CorpusGenerator corpus;
    private static List<JsonNode> articles;

    @BeforeAll
    static void generate() throws IOException {
        corpus = CorpusGenerator.fromSharedData(7, DATA);
        articles = LongStream.range(0, SIZE).mapToObj(i -> read(corpus.line(i))).toList();
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }

    @Test
    void theSameSeedGivesTheSameArticlesInAnyOrderAndAnotherSeedOthers() throws IOException {
        CorpusGenerator again = CorpusGenerator.fromSharedData(7, DATA);
        assertThat(again.line(1234)).isEqualTo(corpus.line(1234));
        assertThat(again.line(5)).isEqualTo(articles.get(5).toString());
        assertThat(CorpusGenerator.fromSharedData(8, DATA).line(5)).isNotEqualTo(corpus.line(5));
    }

    @Test
    void everyArticleHasItsOwnUrlAndContentAndAnArticleShape() {
        Set<String> urls = new HashSet<>();
        Set<String> contents = new HashSet<>();
        for (JsonNode article : articles) {
            assertThat(article.path("url").asText()).startsWith("http");
            assertThat(article.has("html") ^ article.has("text")).as("html or text: %s", article).isTrue();
            assertThat(article.path("publishedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            urls.add(article.path("url").asText());
            contents.add(article.path(article.has("html") ? "html" : "text").asText());
        }
        assertThat(urls).hasSize(SIZE);
        assertThat(contents).hasSize(SIZE);
    }

    @Test
    void theMixHasPagesTextsRealPagesAndSyndicatedCopies() {
        long html = articles.stream().filter(a -> a.has("html")).count();
        long text = articles.stream().filter(a -> a.has("text")).count();
        long realPages = articles.stream().filter(a -> a.path("url").asText().contains("ziar-copy=")).count();
        long syndicated = articles.stream().filter(a -> a.path("url").asText().contains("/preluare/")).count();
        assertThat(text).isBetween((long) (SIZE * 0.15), (long) (SIZE * 0.35));
        assertThat(html).isGreaterThan(text);
        assertThat(realPages).isBetween(10L, (long) (SIZE * 0.06));
        assertThat(syndicated).isBetween((long) (SIZE * 0.06), (long) (SIZE * 0.14));
    }

    @Test
    void aSyndicatedCopyIsItsOriginalWithOneMoreSentenceInTheArticle() {
        JsonNode copy = articles.stream().filter(a -> a.path("url").asText().contains("/preluare/")
                && a.path("html").asText().contains(PageTemplate.ARTICLE_END)).findFirst().orElseThrow();
        String content = copy.path("html").asText();
        String title = content.substring(content.indexOf("<h1>"), content.indexOf("</h1>"));
        JsonNode original = articles.stream().filter(a -> !a.path("url").asText().contains("/preluare/"))
                .filter(a -> a.path("html").asText().contains(title)).findFirst().orElseThrow();
        String before = original.path("html").asText();
        assertThat(content.length()).isGreaterThan(before.length());
        assertThat(content.indexOf(PageTemplate.ARTICLE_END)).isGreaterThan(before.indexOf(PageTemplate.ARTICLE_END));
        assertThat(content.substring(content.indexOf(PageTemplate.ARTICLE_END)))
                .isEqualTo(before.substring(before.indexOf(PageTemplate.ARTICLE_END)));
    }

    @Test
    void aSentenceGoesAfterTheLastFullStopOfTheArticle() {
        assertThat(CorpusGenerator.insertAfterLastSentence("Unu. Doi.\n\n" + PageTemplate.TEXT_ARTICLE_END + "Altceva.\n", "Trei."))
                .isEqualTo("Unu. Doi. Trei.\n\n" + PageTemplate.TEXT_ARTICLE_END + "Altceva.\n");
        assertThat(CorpusGenerator.insertAfterLastSentence("<p>Unu.</p>" + PageTemplate.ARTICLE_END + "<p>Gata.</p>", "Doi."))
                .isEqualTo("<p>Unu. Doi.</p>" + PageTemplate.ARTICLE_END + "<p>Gata.</p>");
    }

    @Test
    void aMarkedArticleCarriesItsMarkerInTheText() {
        JsonNode marked = read(corpus.markedLine(3, "zmkexample"));
        String content = marked.has("html") ? marked.path("html").asText() : marked.path("text").asText();
        assertThat(content).contains("zmkexample");
    }
}
