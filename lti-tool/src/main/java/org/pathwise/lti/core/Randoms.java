package org.pathwise.lti.core;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable single-use values: 256 random bits, base64url without padding. */
public final class Randoms {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Randoms() {}

    public static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
