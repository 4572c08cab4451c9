package org.pathwise.lrs.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The fixed-length keys that identifying parameters (IRIs, agent IFIs, document ids) are indexed by. */
public final class KeyHash {
    private KeyHash() {}

    /** Lower-case hex SHA-256 of the UTF-8 text: 64 characters whatever the length of the text. */
    public static String of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    /** As {@link #of}, or the empty string when there is no value (an absent parameter is a key part too). */
    public static String ofNullable(String text) {
        return text == null ? "" : of(text);
    }
}
