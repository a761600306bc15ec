package io.ziar.nlp.pipeline.extract;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FurnitureOnlyTest {

    private final FurnitureOnly furnitureOnly = new FurnitureOnly(FurnitureLines.bundled());

    private boolean test(String... blocks) {
        return furnitureOnly.test(Stream.of(blocks).map(Block::paragraph).toList());
    }

    @Test
    void labelsNoticesAndScriptPromptsAreNoMainText() {
        assertThat(test("Help", "AliExpress Multi-Language Sites", "Browse by Category", "Alibaba Group")).isTrue();
        assertThat(test("© 2025 Patagonia, Inc. All Rights Reserved. Powered by Trove.")).isTrue();
        assertThat(test("You need to enable JavaScript to run this app.")).isTrue();
        assertThat(test(Collections.nCopies(10, "Sold Out").toArray(String[]::new))).isTrue();
    }

    @Test
    void aSentenceIsText() {
        assertThat(test("Traseul are 21 de kilometri.")).isFalse();
        assertThat(test("Menu", "The council voted on Tuesday", "Share")).isTrue();
        assertThat(test("Menu", "The council voted on Tuesday to close the bridge", "Share")).isFalse();
    }

    @Test
    void manyLabelsAreAListingNotFurniture() {
        List<String> products = Collections.nCopies(12, "Wireless Microphone Kit");
        assertThat(test(products.toArray(String[]::new))).isFalse();
    }
}
