package org.pathwise.pathways.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.pathwise.lti.web.DeepLinkCatalog;
import org.pathwise.lti.web.DeepLinkOption;
import org.pathwise.pathways.content.CourseKey;
import org.pathwise.pathways.content.CourseService;
import org.pathwise.tool.session.CurrentSession;

/**
 * The pathways of the instructor's course (the deep linking launch's platform and context), offered in the Deep
 * Linking picker; a placed link carries {@code custom.pathway} and its launches land on the pathway's page.
 */
@ApplicationScoped
public class PathwayDeepLinkCatalog implements DeepLinkCatalog {

    @Inject
    CurrentSession current;

    @Inject
    CourseService courses;

    @Override
    public List<DeepLinkOption> options(String contextId) {
        return current.get()
                .map(session -> courses.pathways(new CourseKey(session.registrationId(), contextId)).stream()
                        // the demo's own catalog (lti.demo.StaticDemoCatalog) already offers the demo pathway
                        .filter(p -> !DemoPathway.ID.equals(p.id()))
                        .map(p -> new DeepLinkOption(
                                "pathway",
                                p.id(),
                                p.title(),
                                "Pathway for " + p.role() + ", " + p.steps().size() + " modules"))
                        .toList())
                .orElse(List.of());
    }
}
