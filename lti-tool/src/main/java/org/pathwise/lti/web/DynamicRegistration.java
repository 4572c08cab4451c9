package org.pathwise.lti.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.pathwise.lti.core.registration.OpenIdConfiguration;
import org.pathwise.lti.core.registration.PlatformRegistration;
import org.pathwise.lti.core.registration.RegistrationException;
import org.pathwise.lti.core.registration.RegistrationResponse;
import org.pathwise.lti.core.registration.ToolRegistrationRequest;
import org.pathwise.lti.core.services.HttpRequest;
import org.pathwise.lti.core.services.HttpResponse;
import org.pathwise.lti.platforms.Platform;
import org.pathwise.lti.platforms.PlatformSpec;
import org.pathwise.lti.platforms.PlatformStore;

/**
 * LTI Dynamic Registration 1.0: fetch the platform's openid configuration, POST the tool's registration request with
 * the registration token, store the registration the platform answers with (or update it when the platform
 * registers the same client id again).
 */
@ApplicationScoped
public class DynamicRegistration {

    private static final Logger LOG = Logger.getLogger(DynamicRegistration.class.getName());

    @Inject
    LtiServices services;

    @Inject
    LtiConfig config;

    @Inject
    PlatformStore platforms;

    public Platform register(String configurationUrl, Optional<String> registrationToken) {
        OpenIdConfiguration platform =
                OpenIdConfiguration.parse(fetchConfiguration(configurationUrl), configurationUrl);
        String request = ToolRegistrationRequest.json(config.toolDescription(), platform);
        HttpRequest post = HttpRequest.withBody(
                "POST", platform.registrationEndpoint(), "application/json", "application/json", request);
        if (registrationToken.isPresent()) {
            post = post.withHeader("Authorization", "Bearer " + registrationToken.get());
        }
        HttpResponse answer = send(post);
        if (!answer.isSuccess()) {
            throw new RegistrationException(
                    RegistrationException.Kind.PLATFORM_REFUSED,
                    "the platform answered " + answer.status() + " to the registration request: " + excerpt(answer));
        }
        RegistrationResponse response = RegistrationResponse.parse(answer.body());
        PlatformRegistration registration =
                response.toRegistration(platform, response.deploymentId().isEmpty());
        Platform stored = store(registration, nameOf(platform));
        LOG.info(() -> "Registered platform " + stored.id() + " (" + stored.name() + ", client id " + stored.clientId()
                + ") by dynamic registration");
        return stored;
    }

    private Platform store(PlatformRegistration registration, String name) {
        PlatformSpec spec = new PlatformSpec(
                registration.issuer(),
                registration.clientId(),
                name,
                registration.authorizationEndpoint(),
                registration.tokenEndpoint(),
                registration.jwksUri(),
                Optional.empty(),
                registration.acceptNewDeployments(),
                List.copyOf(registration.deploymentIds()));
        return platforms
                .byIssuerAndClient(registration.issuer(), registration.clientId())
                .map(existing -> platforms.update(existing.id(), spec))
                .orElseGet(() -> platforms.create(spec));
    }

    private String fetchConfiguration(String url) {
        HttpResponse response = send(HttpRequest.get(url, "application/json"));
        if (response.status() != 200) {
            throw new RegistrationException(
                    RegistrationException.Kind.INVALID_CONFIGURATION, "GET " + url + " answered " + response.status());
        }
        return response.body();
    }

    private HttpResponse send(HttpRequest request) {
        try {
            return services.http().send(request);
        } catch (IOException e) {
            throw new RegistrationException(
                    RegistrationException.Kind.INVALID_CONFIGURATION,
                    "cannot reach " + request.url() + " from the Pathwise server: " + e.getMessage());
        }
    }

    private static String nameOf(OpenIdConfiguration platform) {
        String product = platform.productFamilyCode().orElse("LTI platform");
        String version = platform.productVersion().map(v -> " " + v).orElse("");
        String host = java.net.URI.create(platform.issuer()).getHost();
        String name = product + version + " at " + host;
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static String excerpt(HttpResponse response) {
        String body = response.body() == null ? "" : response.body();
        return body.length() > 300 ? body.substring(0, 300) : body;
    }
}
