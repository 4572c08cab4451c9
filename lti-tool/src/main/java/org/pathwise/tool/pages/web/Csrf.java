package org.pathwise.tool.pages.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Synchronizer tokens bound to a session: the token is HMAC-SHA256 of the session handle under a server key, so it
 * is the same on every node, changes with each session, and cannot be made without the key. Forms carry it as the
 * {@code _csrf} field, scripts as the {@code X-CSRF-Token} header.
 */
@ApplicationScoped
public class Csrf {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    @Inject
    PageKeys keys;

    /** The token of an LTI session ({@code kind} "lti") or an admin session ({@code kind} "admin"). */
    public String token(String kind, String sessionHandle) {
        return token(keys.key("csrf"), kind, sessionHandle);
    }

    public boolean valid(String kind, String sessionHandle, String given) {
        return valid(keys.key("csrf"), kind, sessionHandle, given);
    }

    static String token(byte[] key, String kind, String sessionHandle) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] tag = mac.doFinal((kind + "|" + sessionHandle).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean valid(byte[] key, String kind, String sessionHandle, String given) {
        if (sessionHandle == null || given == null || given.isBlank()) {
            return false;
        }
        byte[] expected = token(key, kind, sessionHandle).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given.trim().getBytes(StandardCharsets.US_ASCII));
    }
}
