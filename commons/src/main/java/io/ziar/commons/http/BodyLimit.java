package io.ziar.commons.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** How large a request body a service accepts before it answers 413. */
@ConfigMapping(prefix = "ziar.http")
public interface BodyLimit {

    @WithDefault("5M")
    MemorySize maxBodySize();

    /**
     * Request paths (exact) whose endpoints stream their body in constant memory, such as bulk
     * uploads, and so are not held to {@link #maxBodySize()}.
     */
    Optional<List<String>> unlimitedPaths();
}
