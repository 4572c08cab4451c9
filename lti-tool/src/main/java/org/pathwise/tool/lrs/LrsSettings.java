package org.pathwise.tool.lrs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the tool sends statements ({@code pathwise.lrs.internal-url}, e.g. {@code http://127.0.0.1:8080/xapi}) and
 * with which credential ({@code pathwise.lrs.key} / {@code pathwise.lrs.secret}, falling back to the demo store's
 * {@code pathwise.demo.xapi.key} / {@code pathwise.demo.xapi.secret}).
 */
@ApplicationScoped
public class LrsSettings {

    @Inject
    @ConfigProperty(name = "pathwise.lrs.internal-url", defaultValue = "http://127.0.0.1:8080/xapi")
    String internalUrl;

    @Inject
    @ConfigProperty(name = "pathwise.lrs.key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "pathwise.lrs.secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "pathwise.demo.xapi.key")
    Optional<String> demoKey;

    @Inject
    @ConfigProperty(name = "pathwise.demo.xapi.secret")
    Optional<String> demoSecret;

    /** The statements resource, without a doubled slash. */
    public String statementsUrl() {
        return baseUrl() + "/statements";
    }

    /** The LRS base the tool calls, without a trailing slash. */
    public String baseUrl() {
        return internalUrl.endsWith("/") ? internalUrl.substring(0, internalUrl.length() - 1) : internalUrl;
    }

    /** The Basic authorization header value, empty when no credential is configured. */
    public Optional<String> authorization() {
        Optional<String> k = key.filter(s -> !s.isBlank()).or(() -> demoKey.filter(s -> !s.isBlank()));
        Optional<String> s = key.isPresent() && !key.get().isBlank() ? secret : demoSecret;
        if (k.isEmpty() || s.isEmpty()) {
            return Optional.empty();
        }
        String pair = k.get() + ":" + s.get();
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
}
