package io.ziar.search.article.read;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedPointInTimeTest {

    private static JsonObject stats(String index, long refreshes, long external) {
        return new JsonObject().put(index, new JsonObject().put("total", new JsonObject()
                .put("refresh", new JsonObject().put("total", refreshes).put("external_total", external))));
    }

    @Test
    void theGenerationMovesWithEveryRefreshAndWithTheIndexBehindTheAlias() {
        String before = SharedPointInTime.generationOf(new JsonObject().put("indices", stats("articles-v2", 46, 46)));

        assertThat(SharedPointInTime.generationOf(new JsonObject().put("indices", stats("articles-v2", 46, 46)))).isEqualTo(before);
        assertThat(SharedPointInTime.generationOf(new JsonObject().put("indices", stats("articles-v2", 47, 46)))).isNotEqualTo(before);
        assertThat(SharedPointInTime.generationOf(new JsonObject().put("indices", stats("articles-v2", 46, 47)))).isNotEqualTo(before);
        assertThat(SharedPointInTime.generationOf(new JsonObject().put("indices", stats("articles-v3", 46, 46)))).isNotEqualTo(before);
    }

    @Test
    void anAliasWithNoIndexHasNoGeneration() {
        assertThatThrownBy(() -> SharedPointInTime.generationOf(new JsonObject().put("indices", new JsonObject())))
                .isInstanceOf(IllegalStateException.class);
    }
}
