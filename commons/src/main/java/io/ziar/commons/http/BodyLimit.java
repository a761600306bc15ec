package io.ziar.commons.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How large a request body a service accepts before it answers 413. */
@ConfigMapping(prefix = "ziar.http")
public interface BodyLimit {

    @WithDefault("5M")
    MemorySize maxBodySize();
}
