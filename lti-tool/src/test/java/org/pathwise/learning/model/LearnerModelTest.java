package org.pathwise.learning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LearnerModelTest {

    private static final Instant T0 = Instant.parse("2025-01-06T09:00:00Z");
    private static final BktParameters FRACTIONS = new BktParameters(0.4, 0.15, 0.1, 0.2, 0.0);

    private final LearnerModel model = LearnerModel.of(parameters());

    @Test
    void masteryFollowsTheBktUpdateOfEachAnswer() {
        model.observe(Observation.of("ana", "fractions", "q1", 1, T0));

        assertThat(model.masteryNow("ana", "fractions", T0)).isCloseTo(0.7875, within(1e-12));
        assertThat(model.masteryNow("bob", "fractions", T0)).isEqualTo(0.4);
    }

    @Test
    void masteryNowDecaysWithTimeSinceLastPractice() {
        model.observe(Observation.of("ana", "fractions", "q1", 1, T0));

        double tomorrow = model.masteryNow("ana", "fractions", T0.plus(Duration.ofDays(1)));
        double nextMonth = model.masteryNow("ana", "fractions", T0.plus(Duration.ofDays(30)));

        assertThat(tomorrow).isLessThan(0.7875);
        assertThat(nextMonth).isLessThan(tomorrow).isGreaterThanOrEqualTo(0.4);
    }

    @Test
    void timeUntilBelowIsCountedFromNow() {
        model.observe(Observation.of("ana", "fractions", "q1", 1, T0));
        Duration fromPractice =
                model.timeUntilBelow("ana", "fractions", 0.6, T0).orElseThrow();

        Duration fromLater = model.timeUntilBelow("ana", "fractions", 0.6, T0.plus(Duration.ofHours(5)))
                .orElseThrow();

        assertThat(fromLater.toMinutes()).isCloseTo(fromPractice.minusHours(5).toMinutes(), within(1L));
    }

    @Test
    void lastOutcomesListsNewestFirst() {
        model.observe(Observation.of("ana", "fractions", "q1", 1, T0));
        model.observe(Observation.of("ana", "fractions", "q2", 0, T0.plusSeconds(60)));
        model.observe(Observation.of("ana", "fractions", "q3", 0, T0.plusSeconds(120)));

        List<Outcome> last = model.lastOutcomes("ana", "fractions", 2);

        assertThat(last).extracting(Outcome::itemId).containsExactly("q3", "q2");
        assertThat(last).allSatisfy(o -> assertThat(o.score()).isZero());
        assertThat(model.lastOutcomes("ana", "decimals", 2)).isEmpty();
    }

    @Test
    void multiSkillAnswerUpdatesEverySkillOfTheItem() {
        model.observe(new Observation("ana", List.of("fractions", "decimals"), "q9", 1, T0));

        assertThat(model.masteryNow("ana", "fractions", T0)).isGreaterThan(0.4);
        assertThat(model.masteryNow("ana", "decimals", T0)).isGreaterThan(0.4);
    }

    @Test
    void abilityRisesAndItemGetsEasierAfterCorrectAnswers() {
        AbilityVsDifficulty before = model.abilityVsDifficulty("ana", List.of("fractions"), "q1");
        model.observe(Observation.of("ana", "fractions", "q1", 1, T0));

        AbilityVsDifficulty after = model.abilityVsDifficulty("ana", List.of("fractions"), "q1");

        assertThat(after.ability()).isGreaterThan(before.ability());
        assertThat(after.difficulty()).isLessThan(before.difficulty());
        assertThat(after.pCorrect()).isGreaterThan(before.pCorrect());
    }

    @Test
    void predictionRisesAfterCorrectAnswersWithBktOnlyWeights() {
        double before = model.predictCorrect("ana", List.of("fractions"), "q2", T0);
        model.observe(Observation.of("ana", "fractions", "q1", 1, T0));

        assertThat(model.predictCorrect("ana", List.of("fractions"), "q2", T0)).isGreaterThan(before);
    }

    private static ModelParameters parameters() {
        List<Double> weights = new ArrayList<>(Collections.nCopies(Features.NAMES.size(), 0.0));
        weights.set(1, 1.0);
        return new ModelParameters(
                Map.of("fractions", new SkillParameters(FRACTIONS, 0.5)),
                Map.of("q1", new ItemParameters(1.0, 0)),
                new SkillParameters(FRACTIONS, 0),
                EloSettings.DEFAULT,
                ForgettingParameters.DEFAULT,
                weights);
    }
}
