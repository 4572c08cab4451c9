package org.pathwise.lrs.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class KeyHashTest {

    private static long firstEightBytesOfSha256(String key) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest, 0, 8).getLong();
    }

    @Test
    void theKeyIsTheFirstEightBytesOfSha256WhetherComputedOrRemembered() throws Exception {
        String key = "mbox::mailto:learner@example.org";
        long expected = firstEightBytesOfSha256(key);
        assertThat(KeyHash.of(key)).isEqualTo(expected);
        assertThat(KeyHash.of(key)).as("second call, from the cache").isEqualTo(expected);
        assertThat(KeyHash.of(new String(key.toCharArray()))).isEqualTo(expected);
    }

    @Test
    void manyDistinctAndLongKeysStillHashCorrectly() throws Exception {
        for (int i = 0; i < 60_000; i += 997) {
            String key = "https://example.org/activity/" + i;
            assertThat(KeyHash.of(key)).isEqualTo(firstEightBytesOfSha256(key));
        }
        for (int i = 0; i < 60_000; i++) {
            KeyHash.of("https://example.org/filler/" + i); // past the cache bound: it is emptied, not grown
        }
        String longKey = "https://example.org/" + "x".repeat(2_000);
        assertThat(KeyHash.of(longKey)).isEqualTo(firstEightBytesOfSha256(longKey));
        assertThat(KeyHash.of("https://example.org/activity/0"))
                .isEqualTo(firstEightBytesOfSha256("https://example.org/activity/0"));
    }
}
