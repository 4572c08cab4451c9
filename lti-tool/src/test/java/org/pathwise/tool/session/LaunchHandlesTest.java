package org.pathwise.tool.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LaunchHandlesTest {

    @Test
    void handlesAre32RandomBytesInUrlSafeBase64AndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String handle = LaunchHandles.newHandle();
            assertThat(handle).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(LaunchHandles.wellFormed(handle)).isTrue();
            seen.add(handle);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void theStoredFormIsTheSha256OfTheHandleNotTheHandle() {
        String handle = LaunchHandles.newHandle();
        assertThat(LaunchHandles.hash(handle)).hasSize(43).isNotEqualTo(handle).isEqualTo(LaunchHandles.hash(handle));
        // SHA-256("abc"), base64url
        assertThat(LaunchHandles.hash("abc")).isEqualTo("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0");
    }

    @Test
    void valuesThatCannotBeHandlesAreRefusedWithoutALookup() {
        assertThat(LaunchHandles.wellFormed(null)).isFalse();
        assertThat(LaunchHandles.wellFormed("")).isFalse();
        assertThat(LaunchHandles.wellFormed("short")).isFalse();
        assertThat(LaunchHandles.wellFormed("a".repeat(44))).isFalse();
        assertThat(LaunchHandles.wellFormed("a".repeat(42) + "=")).isFalse();
        assertThat(LaunchHandles.wellFormed("a".repeat(42) + "/")).isFalse();
    }
}
