package org.pathwise.lti.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.pathwise.lti.web.DeepLinkCatalog;
import org.pathwise.lti.web.DeepLinkOption;

/** Deep linking options of the demo (the demo pathway and one module); nothing when the demo is off. */
@ApplicationScoped
public class StaticDemoCatalog implements DeepLinkCatalog {

    @Inject
    DemoPlatform demo;

    @Override
    public List<DeepLinkOption> options(String contextId) {
        if (!demo.enabled()) {
            return List.of();
        }
        return List.of(
                new DeepLinkOption("pathway", "demo", "Demo pathway", "The sample pathway, sequenced per learner"),
                new DeepLinkOption("content", "demo-module", "Demo module", "One module of the sample content"));
    }
}
