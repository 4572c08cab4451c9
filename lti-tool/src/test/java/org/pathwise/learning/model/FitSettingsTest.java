package org.pathwise.learning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FitSettingsTest {

    @Test
    void fourArgumentSettingsUseOnePenaltyForSharedAndPerSkillWeights() {
        FitSettings settings =
                new FitSettings(BktFitOptions.STANDARD, EloSettings.DEFAULT, ForgettingParameters.DEFAULT, 3.0);

        assertThat(settings.skillL2()).isEqualTo(settings.l2()).isEqualTo(3.0);
    }

    @Test
    void rejectsNegativePenalties() {
        assertThatThrownBy(() -> FitSettings.DEFAULT.withPenalties(1, -1))
                .isInstanceOf(LearnerModelException.class)
                .extracting(e -> ((LearnerModelException) e).kind())
                .isEqualTo(LearnerModelException.Kind.INVALID_INPUT);
    }
}
