package org.pathwise.lrs.xapi.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** ETags of documents: the quoted hex SHA-1 of the content (Communication 3.1). */
public final class ETags {
    private ETags() {}

    /** {@code "<sha1 hex>"}, quotes included, as sent in the ETag header. */
    public static String of(byte[] content) {
        return "\"" + sha1Hex(content) + "\"";
    }

    public static String sha1Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-1", e);
        }
    }
}
