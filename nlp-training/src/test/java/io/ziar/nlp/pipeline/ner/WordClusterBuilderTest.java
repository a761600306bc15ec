package io.ziar.nlp.pipeline.ner;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WordClusterBuilderTest {

    @Test
    void wordsUsedInTheSameContextsShareAPath() {
        List<String[]> corpus = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (String city : List.of("brașov", "cluj", "iași")) {
                corpus.add(new String[]{"mergem", "la", city, "mâine", "."});
            }
            for (String name : List.of("ion", "maria", "elena")) {
                corpus.add(new String[]{name, "a", "spus", "ceva", "."});
            }
        }
        Map<String, String> paths = WordClusterBuilder.cluster(corpus);
        assertThat(paths.get("cluj")).isNotEmpty().isEqualTo(paths.get("brașov")).isEqualTo(paths.get("iași"));
        assertThat(paths.get("maria")).isEqualTo(paths.get("ion")).isEqualTo(paths.get("elena")).isNotEqualTo(paths.get("cluj"));
    }
}
