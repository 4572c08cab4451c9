package org.pathwise.lti.web;

import java.util.List;

/**
 * What the Deep Linking picker offers an instructor. Every CDI bean implementing it contributes its options (the
 * content library, pathways, the demo), so implementations do not compete.
 */
public interface DeepLinkCatalog {

    /** The options for a course ({@code contextId} may be null when the platform sent no context). */
    List<DeepLinkOption> options(String contextId);
}
