package org.pathwise.lrs.http;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.lrs.xapi.XapiVersion;

/**
 * The xAPI versions this deployment serves ({@code pathwise.lrs.xapi-versions}, both by default). A request names
 * one of them in {@code X-Experience-API-Version}; an answer to a request that names none (About, or the 400 for the
 * missing header) carries the newest, as the specification asks an LRS to report its latest version.
 */
@ApplicationScoped
public class ServedVersions {

    @Inject
    @ConfigProperty(name = "pathwise.lrs.xapi-versions", defaultValue = "1.0.3,2.0.0")
    String list;

    private List<XapiVersion> served;

    @PostConstruct
    void parse() {
        served = XapiVersion.parseList(list);
    }

    /** Oldest first. */
    public List<XapiVersion> all() {
        return served;
    }

    public XapiVersion newest() {
        return served.get(served.size() - 1);
    }

    public boolean serves(XapiVersion version) {
        return served.contains(version);
    }

    /** For the About resource and error messages: {@code 1.0.3, 2.0.0}. */
    public List<String> headers() {
        return served.stream().map(XapiVersion::header).toList();
    }
}
