package org.pathwise.lti.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pathwise.lti.core.LaunchException;
import org.pathwise.lti.core.launch.AuthenticationResponse;
import org.pathwise.lti.core.launch.Launch;

/**
 * The redirect URI: the platform's form POST of {@code id_token} and {@code state}. Checks the state's binding to the
 * browser, validates the token with the core chain, then starts the tool session; any refusal becomes a readable page.
 */
@Path("lti/launch")
@Tag(name = "LTI")
public class LaunchResource {

    @Inject
    LtiServices services;

    @Inject
    StateBinding binding;

    @Inject
    LaunchCompletion completion;

    @Inject
    LaunchErrors errors;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "LTI 1.3 launch (OIDC authentication response, form_post)")
    public Response launch(MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        Map<String, String> fields = LoginResource.first(form);
        AuthenticationResponse response = AuthenticationResponse.from(fields);
        try {
            Optional<String> storagePage = binding.check(response, fields, headers.getCookies());
            if (storagePage.isPresent()) {
                return Response.ok(storagePage.get())
                        .header("Cache-Control", "no-store")
                        .build();
            }
            Launch launch = services.validator().validate(response);
            return completion.complete(launch, response.state().orElseThrow());
        } catch (StateBinding.CookieRefused e) {
            errors.recordFromIdToken(response.idToken(), e.failure());
            String link = e.reloginPath()
                    .map(path -> "<p><a class=\"button\" href=\"" + Html.escape(path)
                            + "\" target=\"_blank\">Open in a new window</a></p>\n")
                    .orElse("");
            return LaunchErrorMapper.page(e.failure(), link);
        } catch (LaunchException e) {
            errors.recordFromIdToken(response.idToken(), e);
            throw e;
        }
    }
}
