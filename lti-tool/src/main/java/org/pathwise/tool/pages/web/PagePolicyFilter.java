package org.pathwise.tool.pages.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Completes the Content-Security-Policy of the learner and instructor pages: the LTI layer's
 * {@code FrameAncestorsFilter} (which runs first: response filters run in descending priority) sets the
 * {@code frame-ancestors} that fit the launch; this filter puts the pages' own directives (only the tool's scripts,
 * styles and connections) in front of it. Admin pages carry their whole policy already.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
public class PagePolicyFilter implements ContainerResponseFilter {

    /** Internal marker of an LMS page, removed here. */
    static final String MARKER = "X-Pathwise-Page";

    @Inject
    Pages pages;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(MARKER)) {
            return;
        }
        response.getHeaders().remove(MARKER);
        Object framing = response.getHeaders().getFirst("Content-Security-Policy");
        response.getHeaders()
                .putSingle("Content-Security-Policy", pages.lmsPolicy(framing == null ? null : framing.toString()));
    }
}
