package org.pathwise.learning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkillWeightsTest {

    private static final Instant T0 = Instant.parse("2025-01-06T09:00:00Z");
    private static final BktParameters BKT = new BktParameters(0.4, 0.15, 0.1, 0.2, 0.0);
    private static final SkillWeights FRACTIONS = new SkillWeights(1.0, 0.5, -0.3);

    private final LearnerModel model = LearnerModel.of(parameters());

    @Test
    void skillTermsAloneGiveTheSkillsEasinessBeforeAnyAnswer() {
        assertThat(model.predictCorrect("ana", List.of("fractions"), "q1", T0))
                .isCloseTo(Elo.sigmoid(1.0), within(1e-12));
        assertThat(model.predictCorrect("ana", List.of("decimals"), "q1", T0)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void skillTermsWeighTheLogCountsOfSuccessesAndFailuresOnTheSkill() {
        observe(1, 1, 1, 0);

        double expected = Elo.sigmoid(1.0 + 0.5 * Math.log(4) - 0.3 * Math.log(2));
        assertThat(model.predictCorrect("ana", List.of("fractions"), "q9", T0)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void skillTermsOfAMultiSkillItemAreAveraged() {
        assertThat(model.predictCorrect("ana", List.of("fractions", "decimals"), "q1", T0))
                .isCloseTo(Elo.sigmoid(0.5), within(1e-12));
    }

    @Test
    void recencyWeightedCountsDecayByAnswer() {
        observe(1, 0);

        double[] x = model.features("ana", List.of("fractions"), "q9", T0);

        assertThat(x[Features.NAMES.indexOf("skillDecayedSuccesses")]).isCloseTo(SkillState.DECAY, within(1e-12));
        assertThat(x[Features.NAMES.indexOf("skillDecayedFailures")]).isCloseTo(1.0, within(1e-12));
        assertThat(x[Features.NAMES.indexOf("learnerDecayedSuccesses")]).isCloseTo(LearnerState.DECAY, within(1e-12));
        assertThat(x[Features.NAMES.indexOf("lnSkillSuccesses")]).isCloseTo(Math.log(2), within(1e-12));
    }

    @Test
    void skillInputsAreScaledByTheNumberOfSkillsOfTheItem() {
        observe(1, 1, 1);

        double[][] inputs = model.skillInputs("ana", List.of("fractions", "decimals"));

        assertThat(inputs[0]).containsExactly(new double[] {0.5, Math.log(4) / 2, 0}, within(1e-12));
        assertThat(inputs[1]).containsExactly(new double[] {0.5, 0, 0}, within(1e-12));
    }

    private void observe(int... scores) {
        for (int i = 0; i < scores.length; i++) {
            model.observe(Observation.of("ana", "fractions", "q" + i, scores[i], T0.plusSeconds(60L * i)));
        }
    }

    private static ModelParameters parameters() {
        List<Double> weights = new ArrayList<>(Collections.nCopies(Features.NAMES.size(), 0.0));
        return new ModelParameters(
                Map.of("fractions", new SkillParameters(BKT, 0.5, FRACTIONS)),
                Map.of(),
                new SkillParameters(BKT, 0),
                EloSettings.DEFAULT,
                ForgettingParameters.DEFAULT,
                weights);
    }
}
