package org.pathwise.lti.keys;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the stored key ring at rest: AES-256-GCM with a key derived (SHA-256) from the configured secret
 * {@code pathwise.lti.key-encryption-secret}; stored as {@code aesgcm:<base64 iv+ciphertext>}. Without a secret the
 * ring is stored as {@code plain:<json>} (a development setup; the store logs a warning).
 */
final class KeyRingCipher {

    static final String ENCRYPTED = "aesgcm:";
    static final String PLAIN = "plain:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Optional<SecretKeySpec> key;

    KeyRingCipher(Optional<String> secret) {
        this.key = secret.filter(s -> !s.isBlank()).map(KeyRingCipher::derive);
    }

    boolean encrypts() {
        return key.isPresent();
    }

    String seal(String json) {
        if (key.isEmpty()) {
            return PLAIN + json;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(json.getBytes(StandardCharsets.UTF_8));
            return ENCRYPTED
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                                    .put(iv)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt the key ring", e);
        }
    }

    String open(String stored) {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length());
        }
        if (!stored.startsWith(ENCRYPTED)) {
            throw new IllegalStateException("the stored key ring has an unknown format");
        }
        SecretKeySpec k = key.orElseThrow(
                () -> new IllegalStateException(
                        "the stored key ring is encrypted: set pathwise.lti.key-encryption-secret to the secret it was made with"));
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(ENCRYPTED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, k, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "cannot decrypt the key ring: pathwise.lti.key-encryption-secret is not the one it was made with",
                    e);
        }
    }

    private static SecretKeySpec derive(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("pathwise-lti-key-ring:" + secret).getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(hash, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
