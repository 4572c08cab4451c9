package org.pathwise.scorm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwise.scorm.runtime.Judgement.Completion;
import org.pathwise.scorm.runtime.Judgement.Score;
import org.pathwise.scorm.runtime.Judgement.Success;

class RollupTest {

    private static Judgement j(Completion c, Success s) {
        return new Judgement(c, s, Score.NONE);
    }

    @Test
    void packageIsCompletedWhenEveryUnitIs() {
        Judgement all =
                Rollup.of(List.of(j(Completion.COMPLETED, Success.UNKNOWN), j(Completion.COMPLETED, Success.PASSED)));
        assertThat(all.completion()).isEqualTo(Completion.COMPLETED);
        assertThat(all.success()).isEqualTo(Success.PASSED);
    }

    @Test
    void packageIsIncompleteWhileAUnitIsNot() {
        Judgement some = Rollup.of(
                List.of(j(Completion.COMPLETED, Success.UNKNOWN), j(Completion.NOT_ATTEMPTED, Success.UNKNOWN)));
        assertThat(some.completion()).isEqualTo(Completion.INCOMPLETE);
        assertThat(some.success()).isEqualTo(Success.UNKNOWN);
    }

    @Test
    void anyFailedUnitFailsThePackage() {
        assertThat(Rollup.of(List.of(j(Completion.COMPLETED, Success.PASSED), j(Completion.COMPLETED, Success.FAILED)))
                        .success())
                .isEqualTo(Success.FAILED);
    }

    @Test
    void emptyPackageIsNotAttempted() {
        assertThat(Rollup.of(List.of())).isEqualTo(Judgement.NOTHING);
    }
}
