package org.pathwise.learning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SparseLogisticRegressionTest {

    private static final double[] TRUE_WEIGHTS = {-0.5, 1.2, -0.8, 0.7, -1.0, 0.4};
    private static final int ROWS = 40_000;

    @Test
    void recoversKnownWeightsOfASyntheticProblem() {
        Problem problem = Problem.draw(new Random(17));

        double[] w = SparseLogisticRegression.fit(
                problem.columns, problem.values, problem.y, new double[] {0, 1e-3, 1e-3, 1e-3, 1e-3, 1e-3}, 30);

        for (int i = 0; i < TRUE_WEIGHTS.length; i++) {
            assertThat(w[i]).as("weight %d", i).isCloseTo(TRUE_WEIGHTS[i], within(0.1));
        }
    }

    @Test
    void aLargePenaltyShrinksItsColumnTowardsZero() {
        Problem problem = Problem.draw(new Random(18));

        double[] w = SparseLogisticRegression.fit(
                problem.columns, problem.values, problem.y, new double[] {0, 1e-3, 1e-3, 1e-3, 1e6, 1e-3}, 30);

        assertThat(w[4]).isCloseTo(0, within(0.01));
        assertThat(w[1]).isCloseTo(TRUE_WEIGHTS[1], within(0.15));
    }

    /** A bias, two dense inputs, and a block of three columns of which each row uses one (like a skill's terms). */
    private record Problem(int[][] columns, double[][] values, double[] y) {

        static Problem draw(Random random) {
            int[][] columns = new int[ROWS][];
            double[][] values = new double[ROWS][];
            double[] y = new double[ROWS];
            for (int r = 0; r < ROWS; r++) {
                columns[r] = new int[] {0, 1, 2, 3 + random.nextInt(3)};
                values[r] = new double[] {1, random.nextGaussian(), random.nextGaussian(), 1 + random.nextDouble()};
                double p = Elo.sigmoid(SparseLogisticRegression.logit(columns[r], values[r], TRUE_WEIGHTS));
                y[r] = random.nextDouble() < p ? 1 : 0;
            }
            return new Problem(columns, values, y);
        }
    }
}
