package org.pathwise.lti.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pathwise.lti.core.LaunchException;
import org.pathwise.lti.core.login.LoginInitiation;
import org.pathwise.lti.core.login.LoginRedirect;

/**
 * OIDC third-party initiated login (LTI Security 1.0 §5.1.1), by GET or POST. Sends the browser to the platform's
 * authorization endpoint with a fresh state (bound to the browser by a cookie, and by platform storage when the
 * platform offers it) and nonce.
 */
@Path("lti/login")
@Tag(name = "LTI")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    @Inject
    LtiServices services;

    @Inject
    LaunchErrors errors;

    @GET
    @Operation(summary = "OIDC login initiation (query parameters)")
    public Response get(@Context UriInfo uri) {
        return initiate(first(uri.getQueryParameters()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "OIDC login initiation (form fields)")
    public Response post(@Context UriInfo uri, MultivaluedMap<String, String> form) {
        Map<String, String> params = first(uri.getQueryParameters());
        params.putAll(first(form));
        return initiate(params);
    }

    private Response initiate(Map<String, String> params) {
        try {
            LoginRedirect redirect = services.login().initiate(LoginInitiation.from(params));
            String cookie = Cookies.stateCookie(redirect.state(), redirect.stateMaxAge());
            if (redirect.storageTarget().isPresent()) {
                return Response.ok(PlatformStoragePages.putState(redirect))
                        .header("Set-Cookie", cookie)
                        .header("Cache-Control", "no-store")
                        .build();
            }
            return Response.status(Response.Status.FOUND)
                    .location(URI.create(redirect.location()))
                    .header("Set-Cookie", cookie)
                    .header("Cache-Control", "no-store")
                    .build();
        } catch (LaunchException e) {
            errors.recordForPlatform(params.get("iss"), params.get("client_id"), e);
            throw e;
        }
    }

    static Map<String, String> first(MultivaluedMap<String, String> values) {
        Map<String, String> result = new HashMap<>();
        values.forEach((name, list) -> {
            if (!list.isEmpty()) {
                result.put(name, list.get(0));
            }
        });
        return result;
    }
}
