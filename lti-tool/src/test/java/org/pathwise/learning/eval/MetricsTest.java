package org.pathwise.learning.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsTest {

    private final double[] predicted = {0.1, 0.4, 0.35, 0.8};
    private final double[] actual = {0, 0, 1, 1};

    @Test
    void aucCountsCorrectlyOrderedPositiveNegativePairs() {
        // pairs (positive, negative): (0.35,0.1) ok, (0.35,0.4) wrong, (0.8,0.1) ok, (0.8,0.4) ok -> 3/4
        assertThat(Metrics.auc(predicted, actual)).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void aucCountsTiedScoresAsHalf() {
        assertThat(Metrics.auc(new double[] {0.5, 0.5, 0.9}, new double[] {0, 1, 1}))
                .isCloseTo(0.75, within(1e-12));
    }

    @Test
    void rmseIsRootOfMeanSquaredError() {
        // errors 0.1, 0.4, 0.65, 0.2 -> sqrt((0.01 + 0.16 + 0.4225 + 0.04) / 4)
        assertThat(Metrics.rmse(predicted, actual)).isCloseTo(Math.sqrt(0.6325 / 4), within(1e-12));
    }

    @Test
    void aucIsUndefinedWithOneClassOnly() {
        assertThat(Metrics.auc(new double[] {0.2, 0.3}, new double[] {1, 1})).isNaN();
    }
}
