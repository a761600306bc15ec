package io.ziar.nlp.pipeline.extract;

import io.ziar.contracts.PageKind;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageKindModelTest {

    /** ARTICLE, LISTING, FORUM, PRODUCT, COLLECTION, DOCUMENTATION, SERVICE. */
    private final PageKindModel model = new PageKindModel(Map.of(
            "bias", new double[] {0, 0, 0, 0, 0, 0, 0},
            "class:reply", new double[] {-1, 0, 3, 0, 0, 0, 0}), 0.3);

    @Test
    void theLikeliestKindWinsWhenTheArticleIsBelowItsFloor() {
        assertThat(model.classify(Map.of("bias", 1.0, "class:reply", 1.0))).isEqualTo(PageKind.FORUM);
    }

    @Test
    void anArticleAtItsFloorStaysAnArticleEvenWhenAnotherKindIsLikelier() {
        double[] probabilities = {0.3, 0.05, 0.6, 0.05, 0, 0, 0};

        assertThat(PageKindModel.decide(probabilities, 0.3)).isEqualTo(PageKind.ARTICLE);
        assertThat(PageKindModel.decide(probabilities, 0.31)).isEqualTo(PageKind.FORUM);
    }

    @Test
    void signalsTheModelDoesNotKnowWeighNothing() {
        double[] probabilities = model.probabilities(Map.of("bias", 1.0, "class:unheard-of", 5.0));

        assertThat(probabilities).containsExactly(new double[] {1.0 / 7, 1.0 / 7, 1.0 / 7, 1.0 / 7, 1.0 / 7, 1.0 / 7, 1.0 / 7}, within());
        assertThat(model.classify(Map.of("bias", 1.0))).isEqualTo(PageKind.ARTICLE);
    }

    @Test
    void aWrittenModelReadsBackTheSame() throws IOException {
        StringWriter written = new StringWriter();
        model.write(written, List.of("test model"));

        PageKindModel read = PageKindModel.read(new ByteArrayInputStream(written.toString().getBytes(StandardCharsets.UTF_8)));

        Map<String, Double> forum = Map.of("bias", 1.0, "class:reply", 1.0);
        assertThat(read.probabilities(forum)).containsExactly(model.probabilities(forum), within());
        assertThat(read.classify(forum)).isEqualTo(PageKind.FORUM);
    }

    @Test
    void aLineWithTooFewWeightsIsRefused() {
        assertThatThrownBy(() -> PageKindModel.read(new ByteArrayInputStream("bias\t1\t2\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("7 weights");
    }

    @Test
    void theBundledModelLoads() {
        assertThat(PageKindModel.bundled().classify(Map.of())).isNotNull();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-4);
    }
}
