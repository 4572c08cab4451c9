package org.pathwise.tool.pages.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsrfTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes();

    @Test
    void tokenOfASessionIsAcceptedForThatSession() {
        String token = Csrf.token(KEY, "lti", "session-1");
        assertThat(Csrf.valid(KEY, "lti", "session-1", token)).isTrue();
    }

    @Test
    void tokenIsBoundToTheSessionTheKindAndTheServerKey() {
        String token = Csrf.token(KEY, "lti", "session-1");
        assertThat(Csrf.valid(KEY, "lti", "session-2", token)).isFalse();
        assertThat(Csrf.valid(KEY, "admin", "session-1", token)).isFalse();
        assertThat(Csrf.valid(OTHER_KEY, "lti", "session-1", token)).isFalse();
    }

    @Test
    void missingTokenOrSessionIsRejected() {
        assertThat(Csrf.valid(KEY, "lti", "session-1", null)).isFalse();
        assertThat(Csrf.valid(KEY, "lti", "session-1", "")).isFalse();
        assertThat(Csrf.valid(KEY, "lti", null, Csrf.token(KEY, "lti", "x"))).isFalse();
    }
}
