package org.pathwise.tool.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.pathwise.lti.web.DeepLinkCatalog;
import org.pathwise.lti.web.DeepLinkOption;
import org.pathwise.player.content.ContentLibrary;

/**
 * The content library's packages, offered to instructors in the Deep Linking picker with their number of units (the
 * library's list leaves units out, so each package is read: the picker said "0 units" on Moodle 4.1).
 */
@ApplicationScoped
public class ContentDeepLinkCatalog implements DeepLinkCatalog {

    @Inject
    ContentLibrary library;

    @Override
    public List<DeepLinkOption> options(String contextId) {
        return library.list().stream()
                .map(p -> new DeepLinkOption(
                        "content",
                        p.id(),
                        p.title(),
                        p.standard() + ", "
                                + library.find(p.id())
                                        .map(full -> full.units().size())
                                        .orElse(0)
                                + " units"))
                .toList();
    }
}
