package io.ziar.gateway.access.service;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.ziar.gateway.access.config.AccessConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Stores the admin key from ZIAR_ADMIN_KEY at start-up, so that the first real keys can be made with it. */
@ApplicationScoped
public class BootstrapKey {

    private static final Logger LOG = Logger.getLogger(BootstrapKey.class);

    private final ApiKeyService keys;
    private final AccessConfig config;

    public BootstrapKey(ApiKeyService keys, AccessConfig config) {
        this.keys = keys;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        String adminKey = config.adminKey().map(String::strip).orElse("");
        if (adminKey.isEmpty()) {
            LOG.info("No ZIAR_ADMIN_KEY: no bootstrap admin key stored (keys already in the database still work)");
            return;
        }
        boolean inserted = VertxContextSupport.subscribeAndAwait(() -> keys.bootstrap(adminKey));
        LOG.infof(inserted ? "Bootstrap admin key stored" : "Bootstrap admin key already known");
    }
}
