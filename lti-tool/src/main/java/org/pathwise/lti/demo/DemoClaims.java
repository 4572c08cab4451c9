package org.pathwise.lti.demo;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The id_token claims the demo platform sends for each demo button (learner, instructor, deep link). */
final class DemoClaims {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final String ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

    private DemoClaims() {}

    static Map<String, Object> of(DemoPlatform demo, String who, String kind, String nonce, String launchUrl) {
        boolean instructor = !"learner".equals(who);
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", demo.issuer());
        claims.put("aud", DemoPlatform.CLIENT_ID);
        claims.put("sub", instructor ? "demo-instructor" : "demo-learner");
        claims.put("iat", now);
        claims.put("exp", now + 60);
        claims.put("nonce", nonce);
        claims.put("name", instructor ? "Ira Instructor" : "Lea Learner");
        claims.put("email", instructor ? "instructor@demo.invalid" : "learner@demo.invalid");
        claims.put(LTI + "version", "1.3.0");
        claims.put(LTI + "deployment_id", DemoPlatform.DEPLOYMENT);
        claims.put(LTI + "target_link_uri", launchUrl);
        claims.put(LTI + "roles", List.of(ROLE + (instructor ? "Instructor" : "Learner")));
        claims.put(LTI + "context", Map.of("id", "demo-course", "label", "DEMO", "title", "Demo course"));
        claims.put(LTI + "launch_presentation", Map.of("locale", "en", "document_target", "window"));
        claims.put(LTI + "tool_platform", Map.of("name", "Pathwise demo LMS", "product_family_code", "pathwise-demo"));
        if ("deeplink".equals(kind)) {
            claims.put(LTI + "message_type", "LtiDeepLinkingRequest");
            claims.put(
                    "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
                    Map.of(
                            "deep_link_return_url", demo.url("/deep-link-return"),
                            "accept_types", List.of("ltiResourceLink"),
                            "accept_presentation_document_targets", List.of("iframe", "window"),
                            "accept_multiple", true,
                            "data", "demo-data"));
            return claims;
        }
        claims.put(LTI + "message_type", "LtiResourceLinkRequest");
        claims.put(LTI + "resource_link", Map.of("id", DemoPlatform.LINK, "title", "Demo pathway"));
        if (!instructor) {
            claims.put(LTI + "custom", Map.of("pathway", "demo"));
        }
        claims.put(
                "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
                Map.of(
                        "scope",
                        List.of(
                                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                                "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                        "lineitems",
                        demo.url("/lineitems"),
                        "lineitem",
                        demo.lineItemUrl()));
        claims.put(
                "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
                Map.of("context_memberships_url", demo.url("/memberships"), "service_versions", List.of("2.0")));
        return claims;
    }
}
