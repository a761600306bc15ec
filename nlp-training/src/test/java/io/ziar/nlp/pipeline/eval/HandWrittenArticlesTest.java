package io.ziar.nlp.pipeline.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HandWrittenArticlesTest {

    @Test
    void articlesAreSplitIntoParagraphsAndTheirExpectationsIntoFields() {
        List<HandWrittenArticles.Article> articles = HandWrittenArticles.parse("""
                # a comment
                ===
                First line of a paragraph
                and its second line.

                Another paragraph.
                > Serghei Lavrov | PERSON | Serghei Lavrov
                ===
                One more.
                > Lavrov|PERSON|-
                """);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).paragraphs()).containsExactly("First line of a paragraph and its second line.", "Another paragraph.");
        assertThat(articles.get(0).expected()).containsExactly(List.of("Serghei Lavrov", "PERSON", "Serghei Lavrov"));
        assertThat(articles.get(1).expected()).containsExactly(List.of("Lavrov", "PERSON", "-"));
    }

    @Test
    void everyLanguageOfBothEvaluationsHasCases() {
        for (String language : List.of("ro", "en", "de", "pt", "ru")) {
            assertThat(HandWrittenArticles.read("names", language)).as(language).isNotEmpty()
                    .allSatisfy(article -> assertThat(article.expected()).allSatisfy(mention -> assertThat(mention).hasSize(3)));
            assertThat(HandWrittenArticles.read("quotes", language)).as(language).isNotEmpty()
                    .allSatisfy(article -> assertThat(article.expected()).allSatisfy(quote -> assertThat(quote).hasSize(2)));
        }
    }
}
