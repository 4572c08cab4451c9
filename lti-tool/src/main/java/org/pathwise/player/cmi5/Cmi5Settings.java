package org.pathwise.player.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.player.runtime.RuntimeSettings;

/**
 * Where AUs reach the LRS ({@code pathwise.lrs.public-url}, default {@code <pathwise.public-url>/xapi}) and the
 * tool's own public URL (actor home page, activity ids, fetch and return URLs).
 */
@ApplicationScoped
public class Cmi5Settings {

    @Inject
    RuntimeSettings runtime;

    @Inject
    @ConfigProperty(name = "pathwise.lrs.public-url")
    Optional<String> lrsPublicUrl;

    public String toolUrl() {
        return runtime.publicUrl();
    }

    /**
     * The endpoint launch parameter, without a trailing slash: AU libraries append {@code /statements} (cmi5.js) or
     * add the slash themselves, and a doubled slash would miss the LRS's resources.
     */
    public String lrsEndpoint() {
        String url = lrsPublicUrl.filter(s -> !s.isBlank()).orElse(toolUrl() + "/xapi");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
