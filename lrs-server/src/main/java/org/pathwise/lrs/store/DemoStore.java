package org.pathwise.lrs.store;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When {@code PATHWISE_DEMO_XAPI_KEY} and {@code PATHWISE_DEMO_XAPI_SECRET} are set (the run command sets them), makes
 * sure the store {@code demo} exists with that credential, scope {@code all}.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class DemoStore {

    private static final Logger LOG = Logger.getLogger(DemoStore.class.getName());
    public static final String NAME = "demo";

    @Inject
    StoreService stores;

    @Inject
    @ConfigProperty(name = "pathwise.demo.xapi.key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "pathwise.demo.xapi.secret")
    Optional<String> secret;

    @PostConstruct
    void ensure() {
        if (key.isEmpty() || secret.isEmpty()) {
            return;
        }
        Store store = stores.findStore(NAME).orElseGet(() -> stores.createStore(NAME));
        stores.putCredential(store.id(), key.get(), secret.get(), Set.of(Scope.ALL.value()), "demo credential");
        LOG.info(() -> "Demo store ready with key " + key.get());
    }
}
