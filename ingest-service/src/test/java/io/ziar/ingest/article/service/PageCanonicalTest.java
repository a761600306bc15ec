package io.ziar.ingest.article.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageCanonicalTest {

    @Test
    void aDeclaredCanonicalLinkOnTheSameSiteNamesTheArticle() {
        String amp = "<html amp><head><link rel=\"canonical\" href=\"https://www.example.ro/stiri/a.html?utm_source=x\">"
                + "</head><body>Text</body></html>";
        assertThat(PageCanonical.resolve(amp, "https://amp.example.ro/stiri/a.html")).isEqualTo("https://www.example.ro/stiri/a.html");
        // relative links resolve against the page
        assertThat(PageCanonical.resolve("<head><link rel='Canonical' href='/b'></head>", "https://example.ro/amp/b"))
                .isEqualTo("https://example.ro/b");
        // with no page URL the submitter vouches for the page
        assertThat(PageCanonical.resolve("<head><link rel=canonical href='https://example.ro/c'></head>", null))
                .isEqualTo("https://example.ro/c");
    }

    @Test
    void aPageCannotClaimAnotherSitesArticle() {
        String html = "<head><link rel=canonical href='https://www.bbc.co.uk/news/1'></head><body>x</body>";
        assertThat(PageCanonical.resolve(html, "https://evil.example/1")).isEqualTo("https://evil.example/1");
    }

    @Test
    void anAmpPageWithoutCanonicalLinkLosesItsAmpMarkers() {
        String amp = "<html ⚡><head><title>t</title></head><body>x</body></html>";
        assertThat(PageCanonical.resolve(amp, "https://example.ro/stiri/a/amp")).isEqualTo("https://example.ro/stiri/a");
        assertThat(PageCanonical.resolve(amp, "https://example.ro/amp/stiri/a")).isEqualTo("https://example.ro/stiri/a");
        assertThat(PageCanonical.resolve(amp, "https://example.ro/stiri/a.amp.html")).isEqualTo("https://example.ro/stiri/a.html");
        // an ordinary page keeps its URL, "amp" in it or not
        assertThat(PageCanonical.resolve("<p>x</p>", "https://example.ro/stiri/amp")).isEqualTo("https://example.ro/stiri/amp");
        // a canonical page that announces its AMP version is the canonical one
        assertThat(PageCanonical.resolve("<head><link rel=amphtml href='/a/amp'></head>", "https://example.ro/a"))
                .isEqualTo("https://example.ro/a");
    }

    @Test
    void ampQueryMarkersAreDroppedLikeTrackingParameters() {
        assertThat(CanonicalUrl.of("https://example.ro/a?id=3&amp=1")).isEqualTo("https://example.ro/a?id=3");
        assertThat(CanonicalUrl.of("https://example.ro/a?outputType=amp")).isEqualTo("https://example.ro/a");
        assertThat(CanonicalUrl.of("https://example.ro/a?amp")).isEqualTo("https://example.ro/a");
    }

    @Test
    void linksInTheBodyAndBrokenLinksAreIgnored() {
        assertThat(PageCanonical.resolve("<body><link rel=canonical href='https://example.ro/x'></body>", "https://example.ro/y"))
                .isEqualTo("https://example.ro/y");
        assertThat(PageCanonical.resolve("<head><link rel=canonical href='javascript:alert(1)'></head>", "https://example.ro/y"))
                .isEqualTo("https://example.ro/y");
    }
}
