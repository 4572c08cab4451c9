package org.pathwise.lti.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyRingCipherTest {

    private static final String RING = "{\"current\":{\"jwk\":{\"d\":\"secret-part\"}}}";

    @Test
    void encryptedRingHidesThePrivateKeyAndOpensWithTheSameSecret() {
        KeyRingCipher cipher = new KeyRingCipher(Optional.of("s3cret"));
        String sealed = cipher.seal(RING);
        assertThat(sealed).startsWith(KeyRingCipher.ENCRYPTED).doesNotContain("secret-part");
        assertThat(new KeyRingCipher(Optional.of("s3cret")).open(sealed)).isEqualTo(RING);
    }

    @Test
    void sealingTwiceGivesDifferentCiphertexts() {
        KeyRingCipher cipher = new KeyRingCipher(Optional.of("s3cret"));
        assertThat(cipher.seal(RING)).isNotEqualTo(cipher.seal(RING));
    }

    @Test
    void wrongSecretIsRefusedWithAClearMessage() {
        String sealed = new KeyRingCipher(Optional.of("s3cret")).seal(RING);
        assertThatThrownBy(() -> new KeyRingCipher(Optional.of("other")).open(sealed))
                .hasMessageContaining("pathwise.lti.key-encryption-secret");
    }

    @Test
    void encryptedRingWithoutASecretIsRefused() {
        String sealed = new KeyRingCipher(Optional.of("s3cret")).seal(RING);
        assertThatThrownBy(() -> new KeyRingCipher(Optional.empty()).open(sealed))
                .hasMessageContaining("set pathwise.lti.key-encryption-secret");
    }

    @Test
    void withoutASecretTheRingIsStoredPlainAndStillReadable() {
        KeyRingCipher plain = new KeyRingCipher(Optional.of(" "));
        assertThat(plain.encrypts()).isFalse();
        assertThat(plain.seal(RING)).isEqualTo(KeyRingCipher.PLAIN + RING);
        assertThat(new KeyRingCipher(Optional.of("later-set")).open(plain.seal(RING)))
                .isEqualTo(RING);
    }
}
