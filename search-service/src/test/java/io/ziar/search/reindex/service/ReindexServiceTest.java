package io.ziar.search.reindex.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReindexServiceTest {

    @Test
    void theNextVersionCountsOnFromTheCurrentOne() {
        assertThat(ReindexService.nextVersion("articles-v2", "articles")).isEqualTo("articles-v3");
        assertThat(ReindexService.nextVersion("test-articles-v9", "test-articles-2")).isEqualTo("test-articles-v10");
        assertThat(ReindexService.nextVersion("articles-legacy", "articles")).isEqualTo("articles-v2");
    }
}
