package org.pathwise.lti.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.lti.core.login.LoginSettings;
import org.pathwise.lti.core.registration.ToolDescription;

/**
 * The tool's LTI settings from MicroProfile Config: its public URL ({@code pathwise.public-url}), the extra origins
 * launches may target ({@code pathwise.lti.allowed-target-origins}), login and session lifetimes, and the tool's
 * self-description for Dynamic Registration and the Canvas developer key.
 */
@ApplicationScoped
public class LtiConfig {

    static final List<String> SCOPES = List.of(
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
            "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
            "https://purl.imsglobal.org/spec/lti-ags/scope/score",
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");

    @Inject
    @ConfigProperty(name = "pathwise.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "pathwise.lti.allowed-target-origins")
    Optional<String> extraOrigins;

    @Inject
    @ConfigProperty(name = "pathwise.lti.login-seconds", defaultValue = "600")
    long loginSeconds;

    @Inject
    @ConfigProperty(name = "pathwise.session.hours", defaultValue = "8")
    long sessionHours;

    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String url(String path) {
        return publicUrl() + path;
    }

    public String launchUrl() {
        return url("/lti/launch");
    }

    public Duration sessionLifetime() {
        return Duration.ofHours(sessionHours);
    }

    public LoginSettings loginSettings() {
        Set<String> origins = new HashSet<>();
        LoginSettings.origin(publicUrl()).ifPresent(origins::add);
        for (String origin : extraOrigins.orElse("").split(",")) {
            LoginSettings.origin(origin.trim()).ifPresent(origins::add);
        }
        return new LoginSettings(launchUrl(), origins, Duration.ofSeconds(loginSeconds));
    }

    public ToolDescription toolDescription() {
        String domain = java.net.URI.create(publicUrl()).getAuthority();
        return new ToolDescription(
                "Pathwise",
                Optional.of("Personalized learning pathways: SCORM and cmi5 content sequenced per learner"),
                domain,
                url("/lti/login"),
                List.of(launchUrl()),
                url("/lti/jwks"),
                launchUrl(),
                launchUrl(),
                SCOPES,
                List.of("iss", "sub", "name", "given_name", "family_name", "email"),
                java.util.Map.of(),
                Optional.empty());
    }
}
