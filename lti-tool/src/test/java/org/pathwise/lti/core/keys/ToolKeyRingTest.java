package org.pathwise.lti.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ToolKeyRingTest {
    private static final Instant T0 = Instant.parse("2025-06-01T00:00:00Z");
    private static final ToolKey FIRST = ToolKeyGenerator.generate(T0);
    private static final ToolKey SECOND = ToolKeyGenerator.generate(T0.plus(Duration.ofDays(30)));

    @Test
    void generatesRsa2048SigningKeyWithKid() {
        assertThat(FIRST.jwk().size()).isEqualTo(2048);
        assertThat(FIRST.kid()).isNotBlank().isNotEqualTo(SECOND.kid());
        assertThat(FIRST.jwk().isPrivate()).isTrue();
    }

    @Test
    void rendersOnlyPublicKeysWithAlgUseAndKid() {
        JWKSet jwks = ToolKeyRing.of(FIRST).publicJwks(T0);
        String json = jwks.toString(false);

        RSAKey published = (RSAKey) jwks.getKeyByKeyId(FIRST.kid());
        assertThat(published.isPrivate()).isFalse();
        assertThat(json)
                .contains("\"n\"")
                .doesNotContain("\"d\"")
                .doesNotContain("\"p\"")
                .doesNotContain("\"qi\"");
        assertThat(published.getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(published.getKeyUse().identifier()).isEqualTo("sig");
        assertThat(published.getModulus()).isEqualTo(FIRST.jwk().getModulus());
    }

    @Test
    void publishesNextKeyBeforeItSigns() {
        ToolKeyRing ring = ToolKeyRing.of(FIRST).withNext(SECOND);

        assertThat(ring.current()).isEqualTo(FIRST);
        assertThat(ring.publicJwks(T0).getKeyByKeyId(SECOND.kid())).isNotNull();
    }

    @Test
    void keepsPreviousKeyPublishedUntilItsDateAfterPromotion() {
        Instant until = T0.plus(Duration.ofDays(1));
        ToolKeyRing ring = ToolKeyRing.of(FIRST).withNext(SECOND).promoteNext(until);

        assertThat(ring.current()).isEqualTo(SECOND);
        assertThat(ring.publicJwks(until.minusSeconds(1)).getKeyByKeyId(FIRST.kid()))
                .isNotNull();
        assertThat(ring.publicJwks(until).getKeyByKeyId(FIRST.kid())).isNull();
        assertThat(ring.prune(until).retired()).isEmpty();
    }

    @Test
    void refusesDuplicateKids() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ToolKeyRing.of(FIRST).withNext(FIRST));
    }

    @Test
    void roundTripsThroughItsJsonStorageForm() {
        ToolKeyRing ring = ToolKeyRing.of(FIRST).withNext(SECOND).promoteNext(T0.plusSeconds(60));
        ToolKey third = ToolKeyGenerator.generate(T0.plusSeconds(5));
        ring = ring.withNext(third);

        ToolKeyRing read = ToolKeyRingJson.read(ToolKeyRingJson.write(ring));

        assertThat(read.current().jwk()).isEqualTo(SECOND.jwk());
        assertThat(read.current().createdAt()).isEqualTo(SECOND.createdAt());
        assertThat(read.next().orElseThrow().kid()).isEqualTo(third.kid());
        assertThat(read.retired()).singleElement().satisfies(r -> {
            assertThat(r.key().jwk()).isEqualTo(FIRST.jwk());
            assertThat(r.publishedUntil()).isEqualTo(T0.plusSeconds(60));
        });
    }

    @Test
    void rejectsStorageFormWithoutPrivateKey() {
        String json = ToolKeyRingJson.write(ToolKeyRing.of(FIRST))
                .replaceAll("\"d\":\"[^\"]+\",?", "")
                .replaceAll("\"(p|q|dp|dq|qi)\":\"[^\"]+\",?", "");

        assertThatIllegalArgumentException().isThrownBy(() -> ToolKeyRingJson.read(json));
    }
}
