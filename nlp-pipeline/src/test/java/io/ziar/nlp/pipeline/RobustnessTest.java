package io.ziar.nlp.pipeline;

import io.ziar.nlp.pipeline.extract.NothingToExtractException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Hostile input: each case must end with a result or NothingToExtractException, never a crash or a hang. */
class RobustnessTest {

    /** Generous: these guard against hangs and stack overflows, they do not measure speed. */
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final String PARAGRAPH = "<p>The committee met on Monday to discuss the budget, the schedule, and the "
            + "next steps for the project, which has been delayed twice this year.</p>";

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void hundredThousandNestedElements() {
        String html = "<html><body>" + "<div>".repeat(100_000) + PARAGRAPH + "</div>".repeat(100_000) + "</body></html>";

        Extraction extraction = assertTimeoutPreemptively(BOUND, () -> extractor.extract(html, null));

        assertThat(extraction.body()).contains("The committee met on Monday");
    }

    @Test
    void twentyMegabytePage() {
        StringBuilder html = new StringBuilder("<html><body><article>");
        while (html.length() < 20_000_000) {
            html.append(PARAGRAPH).append("<div class=\"share\"><a href=\"#\">Share</a></div>");
        }
        html.append("</article></body></html>");
        byte[] bytes = html.toString().getBytes(StandardCharsets.UTF_8);

        Extraction extraction = assertTimeoutPreemptively(BOUND, () -> extractor.extract(bytes, null, null));

        assertThat(extraction.paragraphs()).hasSizeGreaterThan(10_000).doesNotContain("Share");
    }

    @Test
    void binaryGarbageIsNothingToExtract() {
        byte[] garbage = new byte[1_000_000];
        new Random(42).nextBytes(garbage);

        assertTimeoutPreemptively(BOUND, () -> {
            try {
                Extraction extraction = extractor.extract(garbage, null, null);
                assertThat(extraction.body()).isNotNull();
            } catch (NothingToExtractException expected) {
                // the other acceptable outcome
            }
        });
    }

    @Test
    void pageWithoutBodyTextIsNothingToExtract() {
        assertThatThrownBy(() -> extractor.extract("<html><head><title>Only a title</title></head></html>", null))
                .isInstanceOf(NothingToExtractException.class);
        assertThatThrownBy(() -> extractor.extract(new byte[0], null, null))
                .isInstanceOf(NothingToExtractException.class);
    }

    @Test
    void wrongDeclaredCharsetStillReadsTheText() {
        byte[] bytes = ("<html><head><meta charset=\"windows-1250\"></head><body>" + PARAGRAPH
                + "<p>Președintele țării a declarat că investițiile în această săptămână continuă, fără întârzieri.</p>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8);

        Extraction extraction = extractor.extract(bytes, null, "ISO-8859-2");

        assertThat(extraction.body()).contains("Președintele țării a declarat că investițiile");
    }
}
