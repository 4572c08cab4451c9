package org.pathwise.tool.pages.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import org.pathwise.tool.platform.ProblemMapper;

/**
 * A request without a session ({@link org.pathwise.tool.session.CurrentSession#require}): a browser opening a page
 * (the player, a sequencing step, a spent or expired launch handle) gets the readable "launch Pathwise again" page,
 * whose script may open it again with the session the tab still holds; an API caller gets 401 problem JSON.
 */
@Provider
public class NoSessionMapper implements ExceptionMapper<NotAuthorizedException> {

    @Context
    HttpHeaders headers;

    @Inject
    LtiPage page;

    @Override
    public Response toResponse(NotAuthorizedException e) {
        boolean browser = headers != null
                && headers.getAcceptableMediaTypes().stream()
                        .anyMatch(t -> !t.isWildcardType() && t.isCompatible(MediaType.TEXT_HTML_TYPE));
        if (browser) {
            return page.noSession();
        }
        String instance = "urn:uuid:" + UUID.randomUUID();
        return Response.status(401)
                .type(ProblemMapper.PROBLEM_JSON)
                .entity(Map.of("status", 401, "detail", String.valueOf(e.getMessage()), "instance", instance))
                .build();
    }
}
