package org.pathwise.lti.web;

import java.time.Duration;

/**
 * Set-Cookie values for the LTI flow. Every cookie is {@code SameSite=None; Secure; HttpOnly} because the tool runs
 * in the platform's cross-site iframe (browsers treat http://localhost as secure, so development works too).
 */
public final class Cookies {

    /** Prefix of the per-login state cookie; the full name ends with the state itself. */
    public static final String STATE_PREFIX = "pw_state_";

    private Cookies() {}

    public static String crossSite(String name, String value, Duration maxAge) {
        return name + "=" + value + "; Path=/; Max-Age=" + maxAge.toSeconds() + "; Secure; HttpOnly; SameSite=None";
    }

    public static String stateCookie(String state, Duration maxAge) {
        return crossSite(STATE_PREFIX + state, state, maxAge);
    }

    /** Removes the state cookie once the launch has used it. */
    public static String expiredStateCookie(String state) {
        return crossSite(STATE_PREFIX + state, "", Duration.ZERO);
    }
}
