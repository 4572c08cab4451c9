package org.pathwise.lti.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pathwise.lti.core.AutoPostForm;
import org.pathwise.lti.keys.KeyRingStore;
import org.pathwise.lti.web.Html;
import org.pathwise.lti.web.LtiConfig;

/**
 * The demo LMS: a page with launch buttons that go through the real OIDC login and launch, and the platform side of
 * LTI — authorization (auto-posts a signed id_token to the tool), JWKS, token, AGS scores, NRPS and the deep
 * linking return — plus a gradebook page. All 404 unless the demo is on.
 */
@Path("demo/platform")
public class DemoPlatformResource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> USERS = Set.of("learner", "instructor");
    private static final Set<String> KINDS = Set.of("learner", "instructor", "deeplink");

    @Inject
    DemoPlatform demo;

    @Inject
    DemoGradebook gradebook;

    @Inject
    LtiConfig config;

    @Inject
    KeyRingStore toolKeys;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String home() {
        demo.requireEnabled();
        return DemoPages.home();
    }

    /** A button: starts the third-party initiated login at the tool, as an LMS does. */
    @GET
    @Path("start")
    public Response start(@QueryParam("as") String kind) {
        demo.requireEnabled();
        String launch = KINDS.contains(kind) ? kind : "learner";
        URI login = UriBuilder.fromUri(config.url("/lti/login"))
                .queryParam("iss", demo.issuer())
                .queryParam("login_hint", "learner".equals(launch) ? "learner" : "instructor")
                .queryParam("lti_message_hint", launch)
                .queryParam("target_link_uri", config.launchUrl())
                .queryParam("client_id", DemoPlatform.CLIENT_ID)
                .queryParam("lti_deployment_id", DemoPlatform.DEPLOYMENT)
                .build();
        return Response.status(Response.Status.FOUND).location(login).build();
    }

    /** The OIDC authorization endpoint: checks the request and auto-posts a signed id_token to the redirect URI. */
    @GET
    @Path("auth")
    @Produces(MediaType.TEXT_HTML)
    public Response auth(
            @QueryParam("client_id") String clientId,
            @QueryParam("redirect_uri") String redirectUri,
            @QueryParam("login_hint") String loginHint,
            @QueryParam("lti_message_hint") String messageHint,
            @QueryParam("state") String state,
            @QueryParam("nonce") String nonce,
            @QueryParam("response_type") String responseType) {
        demo.requireEnabled();
        if (!DemoPlatform.CLIENT_ID.equals(clientId)
                || !config.launchUrl().equals(redirectUri)
                || !"id_token".equals(responseType)
                || !USERS.contains(loginHint)
                || !KINDS.contains(messageHint)
                || state == null
                || nonce == null) {
            return Response.status(400)
                    .entity(Html.page("Demo LMS", "<p>Invalid authorization request.</p>"))
                    .build();
        }
        String idToken = DemoSigning.sign(demo.key(), DemoClaims.of(demo, loginHint, messageHint, nonce, redirectUri));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id_token", idToken);
        fields.put("state", state);
        return Response.ok(AutoPostForm.html(redirectUri, fields, Optional.empty()))
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("jwks")
    @Produces(MediaType.APPLICATION_JSON)
    public String jwks() {
        demo.requireEnabled();
        return new JWKSet(demo.key().toPublicJWK()).toString();
    }

    /** Client-credentials grant: the tool's client assertion must verify with the tool's published keys. */
    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@FormParam("client_assertion") String assertion, @FormParam("scope") String scope) {
        demo.requireEnabled();
        if (!validAssertion(assertion)) {
            return Response.status(401)
                    .entity(Map.of("error", "invalid_client"))
                    .build();
        }
        return Response.ok(Map.of(
                        "access_token",
                        demo.issueToken(),
                        "token_type",
                        "Bearer",
                        "expires_in",
                        3600,
                        "scope",
                        scope == null ? "" : scope))
                .build();
    }

    @POST
    @Path("lineitems/{item}/lineitem/scores")
    @Consumes({"application/vnd.ims.lis.v1.score+json", MediaType.APPLICATION_JSON})
    public Response score(
            @PathParam("item") String item, @HeaderParam("Authorization") String authorization, String body)
            throws java.io.IOException {
        demo.requireEnabled();
        if (!demo.validToken(authorization)) {
            return Response.status(401).build();
        }
        gradebook.record(item, JSON.readTree(body));
        return Response.ok().build();
    }

    @GET
    @Path("memberships")
    @Produces("application/vnd.ims.lti-nrps.v2.membershipcontainer+json")
    public Response memberships(@HeaderParam("Authorization") String authorization) {
        demo.requireEnabled();
        if (!demo.validToken(authorization)) {
            return Response.status(401).build();
        }
        return Response.ok(Map.of(
                        "id",
                        demo.url("/memberships"),
                        "context",
                        Map.of("id", "demo-course", "title", "Demo course"),
                        "members",
                        List.of(
                                member("demo-instructor", "Ira Instructor", "Instructor"),
                                member("demo-learner", "Lea Learner", "Learner"))))
                .build();
    }

    @GET
    @Path("gradebook")
    @Produces(MediaType.TEXT_HTML)
    public String gradebook() {
        demo.requireEnabled();
        return DemoPages.gradebook(gradebook.latest());
    }

    /** Where the deep linking response comes back: verified with the tool's keys, and shown. */
    @POST
    @Path("deep-link-return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response deepLinkReturn(@FormParam("JWT") String jwt) {
        demo.requireEnabled();
        Optional<SignedJWT> verified = verify(jwt);
        if (verified.isEmpty()) {
            return Response.status(400)
                    .entity(Html.page("Demo LMS", "<p>The deep linking response did not verify.</p>"))
                    .build();
        }
        return Response.ok(DemoPages.placed(verified.get())).build();
    }

    private static Map<String, Object> member(String id, String name, String role) {
        return Map.of("user_id", id, "name", name, "status", "Active", "roles", List.of(role));
    }

    private boolean validAssertion(String assertion) {
        return verify(assertion)
                .map(jwt -> {
                    try {
                        var claims = jwt.getJWTClaimsSet();
                        return DemoPlatform.CLIENT_ID.equals(claims.getIssuer())
                                && DemoPlatform.CLIENT_ID.equals(claims.getSubject())
                                && claims.getAudience().contains(demo.url("/token"));
                    } catch (java.text.ParseException e) {
                        return false;
                    }
                })
                .orElse(false);
    }

    private Optional<SignedJWT> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            var key = toolKeys.publishedKeys().getKeyByKeyId(jwt.getHeader().getKeyID());
            return key instanceof RSAKey rsa && jwt.verify(new RSASSAVerifier(rsa))
                    ? Optional.of(jwt)
                    : Optional.empty();
        } catch (java.text.ParseException | com.nimbusds.jose.JOSEException e) {
            return Optional.empty();
        }
    }
}
