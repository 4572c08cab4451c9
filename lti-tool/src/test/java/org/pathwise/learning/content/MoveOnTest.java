package org.pathwise.learning.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoveOnTest {

    @ParameterizedTest(name = "{0}: completed={1} passed={2} -> {3}")
    @CsvSource({
        "Passed, true, false, false",
        "Passed, false, true, true",
        "Completed, true, false, true",
        "Completed, false, true, false",
        "CompletedAndPassed, true, false, false",
        "CompletedAndPassed, true, true, true",
        "CompletedOrPassed, false, true, true",
        "CompletedOrPassed, false, false, false",
        "NotApplicable, false, false, true"
    })
    void criterionIsMetExactlyAsCmi5Defines(String cmi5, boolean completed, boolean passed, boolean met) {
        assertThat(MoveOn.fromCmi5(cmi5).isMet(completed, passed)).isEqualTo(met);
    }

    @Test
    void rejectsUnknownCmi5Value() {
        assertThatThrownBy(() -> MoveOn.fromCmi5("Attempted")).hasMessageContaining("Attempted");
    }
}
