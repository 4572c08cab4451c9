package org.pathwise.learning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BktTest {

    // pKnown 0.4, learn 0.15, slip 0.1, guess 0.2, no forgetting
    private final BktParameters p = new BktParameters(0.4, 0.15, 0.1, 0.2, 0.0);

    @Test
    void predictsCorrectFromMasterySlipAndGuess() {
        // 0.4 * 0.9 + 0.6 * 0.2
        assertThat(Bkt.pCorrect(0.4, p)).isCloseTo(0.48, within(1e-12));
    }

    @Test
    void posteriorAfterCorrectAnswerMatchesBayesRule() {
        // 0.36 / (0.36 + 0.12) = 0.75, then 0.75 + 0.25 * 0.15 = 0.7875
        assertThat(Bkt.posterior(0.4, 1, p)).isCloseTo(0.75, within(1e-12));
        assertThat(Bkt.update(0.4, 1, p)).isCloseTo(0.7875, within(1e-12));
    }

    @Test
    void posteriorAfterIncorrectAnswerMatchesBayesRule() {
        // 0.04 / (0.04 + 0.48) = 1/13, then 1/13 + 12/13 * 0.15
        assertThat(Bkt.posterior(0.4, 0, p)).isCloseTo(1.0 / 13, within(1e-12));
        assertThat(Bkt.update(0.4, 0, p)).isCloseTo(1.0 / 13 + 12.0 / 13 * 0.15, within(1e-12));
    }

    @Test
    void forgettingLowersMasteryAtTransition() {
        BktParameters forgetful = new BktParameters(0.4, 0.15, 0.1, 0.2, 0.05);
        // posterior 0.75, then 0.75 * 0.95 + 0.25 * 0.15 = 0.75, below 0.7875 without forgetting
        assertThat(Bkt.update(0.4, 1, forgetful)).isCloseTo(0.75, within(1e-12)).isLessThan(Bkt.update(0.4, 1, p));
    }

    @Test
    void rejectsParametersOutsideProbabilities() {
        assertThatThrownBy(() -> new BktParameters(1.2, 0.1, 0.1, 0.2, 0))
                .isInstanceOf(LearnerModelException.class)
                .extracting(e -> ((LearnerModelException) e).kind())
                .isEqualTo(LearnerModelException.Kind.INVALID_INPUT);
    }
}
