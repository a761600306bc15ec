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

    @Test
    void refusesTextThatCannotBeStoredAsItIs() {
        assertRefusedOn("text", new ArticleSubmission(null, null, "before\u0000after", null, null, null));
        assertRefusedOn("html", new ArticleSubmission(null, "<p>a\u0000b</p>", null, null, null, null));
        assertRefusedOn("text", new ArticleSubmission(null, null, "half \uD83D a pair", null, null, null));
        assertRefusedOn("text", new ArticleSubmission(null, null, "reversed \uDE00\uD83D pair", null, null, null));
        assertRefusedOn("source", new ArticleSubmission(null, null, "x", "evil\u001b[31m", null, null));
        assertRefusedOn("source", new ArticleSubmission(null, null, "x", "a\nX-Injected: 1", null, null));
        assertThat(ArticleDraft.from(text(null, "a whole pair \uD83D\uDE00 is text")).text()).contains("\uD83D\uDE00");
    }

    @Test
    void datesAreOfTheYearsOneTo9999() {
        assertRefusedOn("publishedAt", new ArticleSubmission(null, null, "x", null, "+999999999-12-31T23:59:59Z", null));
        assertRefusedOn("publishedAt", new ArticleSubmission(null, null, "x", null, "-5000-01-01", null));
        assertThat(ArticleDraft.from(new ArticleSubmission(null, null, "x", null, "9999-12-31", null)).publishedAt())
                .isEqualTo(Instant.parse("9999-12-31T00:00:00Z"));
    }

    private static void assertRefusedOn(String field, ArticleSubmission submission) {
        assertThatThrownBy(() -> ArticleDraft.from(submission))
                .as(field)
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().field()).isEqualTo(field));
    }
}
