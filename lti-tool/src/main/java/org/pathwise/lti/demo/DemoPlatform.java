package org.pathwise.lti.demo;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathwise.lti.web.LtiConfig;

/**
 * The demo platform's identity: its issuer and client id, its own RSA key (made at start, in memory — the demo
 * runs on one node), the access tokens it issued. Every demo path answers 404 unless {@code pathwise.demo.enabled}.
 */
@ApplicationScoped
public class DemoPlatform {

    public static final String CLIENT_ID = "pathwise-demo";
    public static final String DEPLOYMENT = "demo-deployment";
    public static final String LINK = "demo-link-1";

    @Inject
    @ConfigProperty(name = "pathwise.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    LtiConfig config;

    private volatile RSAKey key;
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();

    public boolean enabled() {
        return enabled;
    }

    /** 404 for every demo path when the demo is off. */
    public void requireEnabled() {
        if (!enabled) {
            throw new NotFoundException();
        }
    }

    public String issuer() {
        return config.url("/demo/platform");
    }

    public String url(String path) {
        return issuer() + path;
    }

    public String lineItemUrl() {
        return url("/lineitems/" + LINK + "/lineitem");
    }

    public synchronized RSAKey key() {
        if (key == null) {
            try {
                key = new RSAKeyGenerator(2048)
                        .keyID("demo-" + UUID.randomUUID())
                        .generate();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return key;
    }

    public String issueToken() {
        String token = UUID.randomUUID().toString();
        tokens.add(token);
        return token;
    }

    public boolean validToken(String authorization) {
        return authorization != null
                && authorization.startsWith("Bearer ")
                && tokens.contains(authorization.substring(7).trim());
    }
}
