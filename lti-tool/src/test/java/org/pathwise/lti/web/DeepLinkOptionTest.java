package org.pathwise.lti.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeepLinkOptionTest {

    @Test
    void keyNamesKindAndId() {
        assertThat(new DeepLinkOption("pathway", "onboarding", "Onboarding", "").key())
                .isEqualTo("pathway:onboarding");
    }

    @Test
    void refusesUnknownKindsAndBlankIds() {
        assertThatThrownBy(() -> new DeepLinkOption("quiz", "1", "Quiz", ""))
                .hasMessageContaining("pathway or content");
        assertThatThrownBy(() -> new DeepLinkOption("content", " ", "X", "")).hasMessageContaining("id and a title");
    }
}
