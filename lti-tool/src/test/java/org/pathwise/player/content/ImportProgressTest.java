package org.pathwise.player.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathwise.scorm.importing.ImportStep;

class ImportProgressTest {

    @Test
    void stepsAreReadOnlyByTheirUploaderAndAFailureKeepsTheLastStepReached() {
        ImportProgress progress = new ImportProgress();
        progress.listener("ada", "import-0001").accept(ImportStep.RECEIVED);
        progress.listener("ada", "import-0001").accept(ImportStep.UNPACKED);

        assertThat(progress.state("ada", "import-0001")).hasValueSatisfying(s -> {
            assertThat(s.step()).isEqualTo(ImportStep.UNPACKED);
            assertThat(s.failed()).isFalse();
        });
        assertThat(progress.state("grace", "import-0001")).isEmpty();

        progress.failed("ada", "import-0001");
        assertThat(progress.state("ada", "import-0001")).hasValueSatisfying(s -> {
            assertThat(s.step()).isEqualTo(ImportStep.UNPACKED);
            assertThat(s.failed()).isTrue();
        });
    }

    @Test
    void anImportFailingBeforeItsFirstStepIsKnownAsFailedWithNoStep() {
        ImportProgress progress = new ImportProgress();
        progress.failed("ada", "import-0002");
        assertThat(progress.state("ada", "import-0002")).hasValueSatisfying(s -> {
            assertThat(s.step()).isNull();
            assertThat(s.failed()).isTrue();
        });
    }

    @Test
    void withoutAnImportIdNothingIsKept() {
        ImportProgress progress = new ImportProgress();
        assertThat(progress.listener("ada", null)).isSameAs(ImportStep.IGNORED);
    }

    @Test
    void importIdsAreShortTokensOnly() {
        assertThat(ImportProgress.validId("0b0c5f1e-8a0d-4a53-9d0b-7d7c2f7e9e10"))
                .isTrue();
        assertThat(ImportProgress.validId("short")).isFalse();
        assertThat(ImportProgress.validId("../../etc/passwd")).isFalse();
        assertThat(ImportProgress.validId("x".repeat(65))).isFalse();
    }
}
