package org.pathwise.lti.core.launch;

import java.util.Map;
import java.util.Optional;

/**
 * The platform's form POST to the redirect URI: {@code id_token} and {@code state}, or an OIDC error
 * ({@code error}, {@code error_description}, e.g. {@code login_required}). {@code lti_storage_target} is present when
 * the platform offers client-side storage.
 */
public record AuthenticationResponse(
        Optional<String> idToken,
        Optional<String> state,
        Optional<String> error,
        Optional<String> errorDescription,
        Optional<String> storageTarget) {

    /** Reads the form fields (first value of each). */
    public static AuthenticationResponse from(Map<String, String> form) {
        return new AuthenticationResponse(
                field(form, "id_token"),
                field(form, "state"),
                field(form, "error"),
                field(form, "error_description"),
                field(form, "lti_storage_target"));
    }

    public static AuthenticationResponse of(String idToken, String state) {
        return new AuthenticationResponse(
                Optional.of(idToken), Optional.of(state), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Optional<String> field(Map<String, String> form, String name) {
        return Optional.ofNullable(form.get(name)).filter(value -> !value.isBlank());
    }
}
