package org.pathwise.lti.core.login;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The authentication request to send the browser to: either as a 302 to {@link #location()} or as an auto-posting
 * form of {@link #parameters()}. The container binds {@code state} to the browser with a cookie of
 * {@link #stateMaxAge()} ({@code SameSite=None; Secure; HttpOnly}) or, when {@link #storageTarget()} is present, with
 * platform storage.
 */
public record LoginRedirect(
        String authorizationEndpoint,
        Map<String, String> parameters,
        String state,
        String nonce,
        Duration stateMaxAge,
        Optional<String> storageTarget) {
    public LoginRedirect {
        parameters = Map.copyOf(parameters);
    }

    /** The authorization endpoint with the parameters in its query string. */
    public String location() {
        String query = parameters.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return authorizationEndpoint + (authorizationEndpoint.contains("?") ? "&" : "?") + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
