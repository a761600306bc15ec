package io.ziar.search.article.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ziar.search")
public interface SearchConfig {

    /** The alias every read and write goes through. */
    @WithDefault("articles")
    String alias();

    /** The concrete index behind the alias; a mapping change ships as a new version. */
    @WithDefault("articles-v1")
    String index();

    @WithDefault("10")
    int defaultSize();

    @WithDefault("100")
    int maxSize();
}
