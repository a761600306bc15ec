package io.ziar.search.article.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ziar.search")
public interface SearchConfig {

    /** The alias every read and write goes through. */
    @WithDefault("articles")
    String alias();

    /** The concrete index behind the alias; a mapping change ships as a new version. */
    @WithDefault("articles-v2")
    String index();

    /** Primary shards of a new index: fixed for the index's life, so a change ships as a new index version. */
    @WithDefault("1")
    int shards();

    /** Replicas of each shard of a new index (at most the OpenSearch nodes - 1). */
    @WithDefault("0")
    int replicas();

    @WithDefault("10")
    int defaultSize();

    @WithDefault("100")
    int maxSize();
}
