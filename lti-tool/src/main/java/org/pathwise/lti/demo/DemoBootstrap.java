package org.pathwise.lti.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.pathwise.lti.platforms.PlatformSpec;
import org.pathwise.lti.platforms.PlatformStore;

/** Registers the demo platform as an ordinary platform registration at start (when the demo is on). */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoBootstrap {

    private static final Logger LOG = Logger.getLogger(DemoBootstrap.class.getName());

    @Inject
    DemoPlatform demo;

    @Inject
    PlatformStore platforms;

    @PostConstruct
    void register() {
        if (!demo.enabled()) {
            return;
        }
        PlatformSpec spec = new PlatformSpec(
                demo.issuer(),
                DemoPlatform.CLIENT_ID,
                "Pathwise demo LMS",
                demo.url("/auth"),
                demo.url("/token"),
                demo.url("/jwks"),
                Optional.empty(),
                false,
                List.of(DemoPlatform.DEPLOYMENT));
        platforms
                .byIssuerAndClient(spec.issuer(), spec.clientId())
                .ifPresentOrElse(p -> platforms.update(p.id(), spec), () -> platforms.create(spec));
        LOG.info(() -> "Demo LMS registered: open " + demo.issuer());
    }
}
