package org.pathwise.scorm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttemptRulesTest {

    @Test
    void newAttemptEntersAbInitio() {
        assertThat(AttemptRules.entry(true, "suspend")).isEqualTo("ab-initio");
    }

    @Test
    void attemptSuspendedBeforeIsResumed() {
        assertThat(AttemptRules.entry(false, "suspend")).isEqualTo("resume");
    }

    @Test
    void attemptContinuedWithoutSuspendEntersWithEmptyEntry() {
        assertThat(AttemptRules.entry(false, "")).isEmpty();
    }

    @Test
    void onlyAFinishWithoutSuspendEndsTheAttempt() {
        assertThat(AttemptRules.endsAttempt(true, "")).isTrue();
        assertThat(AttemptRules.endsAttempt(true, "logout")).isTrue();
        assertThat(AttemptRules.endsAttempt(true, "suspend")).isFalse();
        assertThat(AttemptRules.endsAttempt(false, "")).isFalse();
    }
}
