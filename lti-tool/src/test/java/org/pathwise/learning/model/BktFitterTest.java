package org.pathwise.learning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BktFitterTest {

    @Test
    void emRecoversParametersOfSyntheticLearners() {
        BktParameters truth = new BktParameters(0.3, 0.15, 0.1, 0.2, 0.0);
        List<double[]> sequences = simulate(truth, 3000, 15, new Random(7));

        BktParameters fitted = new BktFitter(BktFitOptions.STANDARD).fit(sequences);

        assertThat(fitted.pInit()).isCloseTo(truth.pInit(), within(0.04));
        assertThat(fitted.pLearn()).isCloseTo(truth.pLearn(), within(0.03));
        assertThat(fitted.pSlip()).isCloseTo(truth.pSlip(), within(0.03));
        assertThat(fitted.pGuess()).isCloseTo(truth.pGuess(), within(0.03));
        assertThat(fitted.pForget()).isZero();
    }

    @Test
    void capsGuessAndSlipAtTheConfiguredMaximum() {
        BktParameters truth = new BktParameters(0.2, 0.05, 0.1, 0.6, 0.0);
        List<double[]> sequences = simulate(truth, 500, 10, new Random(3));

        BktParameters fitted = new BktFitter(BktFitOptions.STANDARD).fit(sequences);

        assertThat(fitted.pGuess()).isLessThanOrEqualTo(0.3);
        assertThat(fitted.pSlip()).isLessThanOrEqualTo(0.3);
    }

    static List<double[]> simulate(BktParameters p, int learners, int length, Random random) {
        List<double[]> out = new ArrayList<>();
        for (int l = 0; l < learners; l++) {
            boolean known = random.nextDouble() < p.pInit();
            double[] answers = new double[length];
            for (int t = 0; t < length; t++) {
                boolean correct = known ? random.nextDouble() >= p.pSlip() : random.nextDouble() < p.pGuess();
                answers[t] = correct ? 1 : 0;
                known = known ? random.nextDouble() >= p.pForget() : random.nextDouble() < p.pLearn();
            }
            out.add(answers);
        }
        return out;
    }
}
