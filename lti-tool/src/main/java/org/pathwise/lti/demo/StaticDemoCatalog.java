package org.pathwise.lti.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.pathwise.lti.platforms.PlatformStore;
import org.pathwise.lti.web.DeepLinkCatalog;
import org.pathwise.lti.web.DeepLinkOption;
import org.pathwise.tool.session.CurrentSession;

/**
 * Deep linking options of the demo (the demo pathway and one module), offered only to a deep linking launch from the
 * demo LMS: the demo pathway belongs to the demo course, so a real platform's course placing it would land its
 * learners on the plain content list (seen on Moodle 4.1). Nothing when the demo is off.
 */
@ApplicationScoped
public class StaticDemoCatalog implements DeepLinkCatalog {

    @Inject
    DemoPlatform demo;

    @Inject
    PlatformStore platforms;

    @Inject
    CurrentSession current;

    @Override
    public List<DeepLinkOption> options(String contextId) {
        if (!demo.enabled() || !fromTheDemo()) {
            return List.of();
        }
        return List.of(
                new DeepLinkOption("pathway", "demo", "Demo pathway", "The sample pathway, sequenced per learner"),
                new DeepLinkOption("content", "demo-module", "Demo module", "One module of the sample content"));
    }

    private boolean fromTheDemo() {
        return current.get()
                .flatMap(session -> platforms
                        .byIssuerAndClient(demo.issuer(), DemoPlatform.CLIENT_ID)
                        .filter(platform -> platform.id() == session.registrationId()))
                .isPresent();
    }
}
