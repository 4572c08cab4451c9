package org.pathwise.lrs.xapi.multipart;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** SHA-2 digests in hex, the algorithm chosen by a given digest's length. */
public final class Sha2 {
    private Sha2() {}

    public static String sha256Hex(byte[] content) {
        return hex("SHA-256", content);
    }

    /** Whether {@code expectedHex} is the SHA-224/256/384/512 digest of {@code content}. */
    public static boolean matches(String expectedHex, byte[] content) {
        return algorithmFor(expectedHex)
                .map(alg -> hex(alg, content).equalsIgnoreCase(expectedHex))
                .orElse(false);
    }

    private static Optional<String> algorithmFor(String hex) {
        return switch (hex.length()) {
            case 56 -> Optional.of("SHA-224");
            case 64 -> Optional.of("SHA-256");
            case 96 -> Optional.of("SHA-384");
            case 128 -> Optional.of("SHA-512");
            default -> Optional.empty();
        };
    }

    private static String hex(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has " + algorithm, e);
        }
    }
}
