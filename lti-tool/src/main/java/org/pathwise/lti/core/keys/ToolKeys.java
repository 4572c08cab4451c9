package org.pathwise.lti.core.keys;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

/** Port: the tool's keys as the container holds them now. */
public interface ToolKeys {
    /** The current signing key, with its private part and kid. */
    RSAKey signingKey();

    /** The public keys to publish (current, next, and retired ones still in their window). */
    JWKSet publishedKeys();
}
