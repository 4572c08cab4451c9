package org.pathwise.scorm.cmi5.lms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathwise.scorm.cmi5.MoveOn;

class MoveOnRulesTest {

    @ParameterizedTest(name = "{0} with completed={1} passed={2} → {3}")
    @CsvSource({
        "PASSED,               false, false, false",
        "PASSED,               true,  false, false",
        "PASSED,               false, true,  true",
        "COMPLETED,            true,  false, true",
        "COMPLETED,            false, true,  false",
        "COMPLETED_AND_PASSED, true,  false, false",
        "COMPLETED_AND_PASSED, false, true,  false",
        "COMPLETED_AND_PASSED, true,  true,  true",
        "COMPLETED_OR_PASSED,  false, false, false",
        "COMPLETED_OR_PASSED,  true,  false, true",
        "COMPLETED_OR_PASSED,  false, true,  true",
        "NOT_APPLICABLE,       false, false, true"
    })
    void judgesEachMoveOnCriterion(MoveOn moveOn, boolean completed, boolean passed, boolean met) {
        assertThat(MoveOnRules.met(moveOn, new AuStatus(completed, passed, false, false)))
                .isEqualTo(met);
    }

    @Test
    void aWaivedAuHasMetEveryCriterion() {
        for (MoveOn moveOn : MoveOn.values()) {
            assertThat(MoveOnRules.met(moveOn, new AuStatus(false, false, true, true)))
                    .isTrue();
        }
    }

    @Test
    void aFailedAuHasNotMetPassed() {
        assertThat(MoveOnRules.met(MoveOn.PASSED, new AuStatus(true, false, true, false)))
                .isFalse();
    }
}
