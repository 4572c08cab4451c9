package org.pathwise.player.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The tool's public URL ({@code pathwise.public-url}): home page of learner accounts and base of activity IRIs. */
@ApplicationScoped
public class RuntimeSettings {

    @Inject
    @ConfigProperty(name = "pathwise.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
