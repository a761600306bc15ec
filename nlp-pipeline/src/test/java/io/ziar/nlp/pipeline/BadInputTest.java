package io.ziar.nlp.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class BadInputTest {

    static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = new Pipeline();
    }

    @Test
    void refusesEmptyText() {
        assertThatThrownBy(() -> pipeline.analyze(Document.ofText("  \n ")))
                .isInstanceOfSatisfying(RejectedTextException.class, e -> assertThat(e.reason()).isEqualTo(RejectedTextException.Reason.EMPTY));
    }

    @Test
    void refusesTenMegabytesAtOnce() {
        String huge = "Ana are mere. ".repeat(10 * 1024 * 1024 / 14);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(() -> pipeline.analyze(Document.ofText(huge)))
                .isInstanceOfSatisfying(RejectedTextException.class, e -> assertThat(e.reason()).isEqualTo(RejectedTextException.Reason.TOO_LONG))
                .hasMessageContaining("at most"));
    }

    @Test
    void refusesBinary() {
        byte[] bytes = new byte[4096];
        new java.util.Random(1).nextBytes(bytes);
        String decoded = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> pipeline.analyze(Document.ofText(decoded)))
                .isInstanceOfSatisfying(RejectedTextException.class, e -> assertThat(e.reason()).isEqualTo(RejectedTextException.Reason.BINARY));
    }

    @Test
    void analysesAOneMegabyteSentenceInBoundedTime() {
        String sentence = "cuvânt Mali Rusia 2023 „citat scurt” ".repeat(1024 * 1024 / 38) + "sfârșit.";
        Analysis analysis = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> pipeline.analyze(new Extraction(null, null, null, null, null, java.util.List.of(sentence)), null));
        assertThat(analysis.sentences()).allSatisfy(s -> assertThat(s.words().size()).isLessThanOrEqualTo(250));
        assertThat(analysis.entities()).isNotEmpty();
    }
}
