package io.ziar.nlp.pipeline.eval;

import io.ziar.nlp.pipeline.eval.ShingleMetric.PageScore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ShingleMetricTest {

    private final ShingleMetric metric = new ShingleMetric();

    @Test
    void tokensAreUnicodeWordRuns() {
        assertThat(ShingleMetric.tokens("Țara, 2024: «привет» snake_case—x²")).containsExactly("Țara", "2024", "привет", "snake_case", "x²");
    }

    @Test
    void identicalTextsScoreOne() {
        PageScore score = metric.score("one two three four five", "one  two, three four five!");

        assertThat(score.precision()).isEqualTo(1);
        assertThat(score.recall()).isEqualTo(1);
    }

    @Test
    void countsAreNormalisedPerPage() {
        // truth shingles: abcd, bcde; predicted: abcd, bcdx -> tp 1, fp 1, fn 1
        PageScore score = metric.score("a b c d e", "a b c d x");

        assertThat(score.tp()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(score.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(score.recall()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void shortTextIsOneShingle() {
        assertThat(metric.score("two words", "two words").precision()).isEqualTo(1);
        assertThat(metric.score("two words", "other words").precision()).isZero();
    }

    @Test
    void f1IsTakenFromTheMeans() {
        ShingleMetric.Result result = metric.average(List.of(new PageScore(1, 0, 0), new PageScore(0.5, 0, 0.5)));

        assertThat(result.precision()).isEqualTo(1);
        assertThat(result.recall()).isEqualTo(0.75);
        assertThat(result.f1()).isCloseTo(2 * 0.75 / 1.75, within(1e-9));
    }
}
