package io.ziar.ingest.article.service;

import io.ziar.commons.problem.ProblemException;
import io.ziar.contracts.api.ArticleSubmission;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleDraftTest {

    private static ArticleSubmission text(String url, String text) {
        return new ArticleSubmission(url, null, text, null, null, null);
    }

    @Test
    void idComesFromTheCanonicalUrlWhenThereIsOne() {
        ArticleDraft plain = ArticleDraft.from(text("https://www.G4Media.ro/a/lavrov.html", "Text one"));
        ArticleDraft tracked = ArticleDraft.from(text(
                "https://www.g4media.ro/a/lavrov.html?utm_source=fb&fbclid=abc#comments", "Text two, edited"));
        assertThat(tracked.id()).isEqualTo(plain.id()).hasSize(ContentHash.ID_LENGTH);
        assertThat(plain.url()).isEqualTo("https://www.g4media.ro/a/lavrov.html");
        assertThat(plain.source()).isEqualTo("g4media.ro");
    }

    @Test
    void idComesFromTheContentWithoutUrlAndIgnoresWhiteSpaceDifferences() {
        ArticleDraft first = ArticleDraft.from(text(null, "Rusia a salutat joi\n\nconsolidarea cooperării."));
        ArticleDraft second = ArticleDraft.from(text(null, "  Rusia a salutat joi consolidarea   cooperării. "));
        ArticleDraft other = ArticleDraft.from(text(null, "Alt articol."));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(other.id()).isNotEqualTo(first.id());
    }

    @Test
    void exactlyOneOfHtmlAndTextIsRequired() {
        assertThatThrownBy(() -> ArticleDraft.from(new ArticleSubmission(null, null, " ", null, null, null)))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().field()).isEqualTo("text"));
        assertThatThrownBy(() -> ArticleDraft.from(new ArticleSubmission(null, "<p>x</p>", "x", null, null, null)))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().field()).isEqualTo("html"));
    }

    @Test
    void rejectsUrlsThatAreNotAbsoluteHttp() {
        for (String url : new String[] {"ftp://example.com/a", "/relative/path", "https://", "http://exa mple.com/"}) {
            assertThatThrownBy(() -> ArticleDraft.from(text(url, "x")))
                    .as(url)
                    .isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).problem().field()).isEqualTo("url"));
        }
    }

    @Test
    void readsDatesAndDatesWithTimeAndRejectsTheRest() {
        ArticleSubmission dated = new ArticleSubmission(null, null, "x", null, "2024-05-16T12:30:00+03:00", null);
        assertThat(ArticleDraft.from(dated).publishedAt()).isEqualTo(Instant.parse("2024-05-16T09:30:00Z"));
        ArticleSubmission day = new ArticleSubmission(null, null, "x", null, "2024-05-16", null);
        assertThat(ArticleDraft.from(day).publishedAt()).isEqualTo(Instant.parse("2024-05-16T00:00:00Z"));
        ArticleSubmission wrong = new ArticleSubmission(null, null, "x", null, "16 mai 2024", null);
        assertThatThrownBy(() -> ArticleDraft.from(wrong))
                .satisfies(e -> assertThat(((ProblemException) e).problem().field()).isEqualTo("publishedAt"));
    }

    @Test
    void languageMustBeAnIsoCode() {
        assertThat(ArticleDraft.from(new ArticleSubmission(null, null, "x", null, null, "ro")).language()).isEqualTo("ro");
        assertThatThrownBy(() -> ArticleDraft.from(new ArticleSubmission(null, null, "x", null, null, "Romanian")))
                .satisfies(e -> assertThat(((ProblemException) e).problem().field()).isEqualTo("language"));
    }
}
