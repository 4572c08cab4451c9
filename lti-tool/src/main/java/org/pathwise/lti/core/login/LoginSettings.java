package org.pathwise.lti.core.login;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The tool's side of the login: the {@code redirect_uri} registered with platforms, the origins
 * ({@code scheme://host[:port]}) that {@code target_link_uri} may point to, and how long a login may take.
 */
public record LoginSettings(String redirectUri, Set<String> allowedTargetOrigins, Duration loginTtl) {
    public LoginSettings {
        allowedTargetOrigins = Set.copyOf(allowedTargetOrigins);
    }

    public boolean allowsTarget(String targetLinkUri) {
        return origin(targetLinkUri).map(allowedTargetOrigins::contains).orElse(false);
    }

    /** {@code scheme://host[:port]} in lower case, or empty when the text is not an absolute URI. */
    public static Optional<String> origin(String uri) {
        try {
            URI parsed = new URI(uri);
            if (parsed.getScheme() == null || parsed.getHost() == null) {
                return Optional.empty();
            }
            String port = parsed.getPort() < 0 ? "" : ":" + parsed.getPort();
            return Optional.of((parsed.getScheme() + "://" + parsed.getHost()).toLowerCase(Locale.ROOT) + port);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
