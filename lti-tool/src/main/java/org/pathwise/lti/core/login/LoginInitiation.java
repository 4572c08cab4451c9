package org.pathwise.lti.core.login;

import java.util.Map;
import java.util.Optional;
import org.pathwise.lti.core.LaunchException;
import org.pathwise.lti.core.LaunchFailure;

/**
 * The parameters of an OIDC third-party initiated login, the same whether the platform sent a GET or a POST.
 * {@code deploymentIdHint} takes {@code lti_deployment_id}, or {@code deployment_id} as Canvas has sent it.
 */
public record LoginInitiation(
        String issuer,
        String loginHint,
        String targetLinkUri,
        Optional<String> ltiMessageHint,
        Optional<String> clientId,
        Optional<String> deploymentIdHint,
        Optional<String> storageTarget) {

    /** Reads and checks the request parameters (query string or form fields, first value of each). */
    public static LoginInitiation from(Map<String, String> params) {
        return new LoginInitiation(
                required(params, "iss"),
                required(params, "login_hint"),
                required(params, "target_link_uri"),
                optional(params, "lti_message_hint"),
                optional(params, "client_id"),
                optional(params, "lti_deployment_id").or(() -> optional(params, "deployment_id")),
                optional(params, "lti_storage_target"));
    }

    private static String required(Map<String, String> params, String name) {
        return optional(params, name)
                .orElseThrow(() -> new LaunchException(
                        LaunchFailure.MISSING_PARAMETER, "login initiation without the parameter " + name));
    }

    private static Optional<String> optional(Map<String, String> params, String name) {
        return Optional.ofNullable(params.get(name)).filter(value -> !value.isBlank());
    }
}
