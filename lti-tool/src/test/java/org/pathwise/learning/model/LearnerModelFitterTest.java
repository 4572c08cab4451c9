package org.pathwise.learning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LearnerModelFitterTest {

    @Test
    void refitIsAPureFunctionOfTheRecord() {
        List<Observation> record = syntheticRecord(new Random(11));
        LearnerModelFitter fitter = new LearnerModelFitter(FitSettings.DEFAULT);

        assertThat(fitter.fit(record)).isEqualTo(fitter.fit(new ArrayList<>(record)));
    }

    @Test
    void fitsEverySkillAndOneWeightPerFeature() {
        ModelParameters params = new LearnerModelFitter(FitSettings.DEFAULT).fit(syntheticRecord(new Random(5)));

        assertThat(params.skills()).containsOnlyKeys("s0", "s1", "s2");
        assertThat(params.weights()).hasSize(Features.NAMES.size());
        assertThat(params.weights().get(1)).as("weight of the BKT logit").isPositive();
    }

    @Test
    void refusesAnEmptyRecord() {
        assertThatThrownBy(() -> new LearnerModelFitter(FitSettings.DEFAULT).fit(List.of()))
                .isInstanceOf(LearnerModelException.class);
    }

    /** Learners practising three skills that follow BKT with different parameters. */
    static List<Observation> syntheticRecord(Random random) {
        BktParameters[] skills = {
            new BktParameters(0.2, 0.2, 0.1, 0.2, 0),
            new BktParameters(0.5, 0.1, 0.05, 0.25, 0),
            new BktParameters(0.1, 0.3, 0.15, 0.1, 0)
        };
        List<Observation> out = new ArrayList<>();
        for (int learner = 0; learner < 150; learner++) {
            for (int s = 0; s < skills.length; s++) {
                double[] answers =
                        BktFitterTest.simulate(skills[s], 1, 8, random).get(0);
                for (int t = 0; t < answers.length; t++) {
                    Instant at = Instant.ofEpochSecond(3600L * (s * 10 + t));
                    out.add(Observation.of("l" + learner, "s" + s, "i" + s + "-" + t, answers[t], at));
                }
            }
        }
        return out;
    }
}
