package io.ziar.search.article.index;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndexDefinitionTest {

    @Test
    void newIndexGetsTheConfiguredShardsAndReplicasAndKeepsTheAnalysis() {
        JsonObject definition = IndexManager.mapping(6, 1);

        JsonObject settings = definition.getJsonObject("settings");
        assertThat(settings.getInteger("number_of_shards")).isEqualTo(6);
        assertThat(settings.getInteger("number_of_replicas")).isEqualTo(1);
        assertThat(settings.getJsonObject("analysis").getJsonObject("analyzer").containsKey("ro_text")).isTrue();
        assertThat(definition.getJsonObject("mappings")).isNotNull();
    }
}
