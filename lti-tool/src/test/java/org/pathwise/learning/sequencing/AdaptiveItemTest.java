package org.pathwise.learning.sequencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathwise.learning.sequencing.LearningFixtures.ADDING;
import static org.pathwise.learning.sequencing.LearningFixtures.ADDING_PRACTICE;
import static org.pathwise.learning.sequencing.LearningFixtures.BANK;
import static org.pathwise.learning.sequencing.LearningFixtures.BASICS;
import static org.pathwise.learning.sequencing.LearningFixtures.BASICS_PRACTICE;
import static org.pathwise.learning.sequencing.LearningFixtures.DECIMALS;
import static org.pathwise.learning.sequencing.LearningFixtures.ITEMS;
import static org.pathwise.learning.sequencing.LearningFixtures.NEW_HIRE;
import static org.pathwise.learning.sequencing.LearningFixtures.T0;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathwise.learning.content.Module;
import org.pathwise.learning.model.Elo;

class AdaptiveItemTest {

    private final Scenario s = new Scenario().completed(T0, BASICS, BASICS_PRACTICE, ADDING, ADDING_PRACTICE, DECIMALS);

    @Test
    void picksTheItemWithMaximumFisherInformationAtTheLearnersAbility() {
        Plan plan = s.plan(NEW_HIRE);

        assertThat(plan.next().stepId()).isEqualTo(BANK);
        assertThat(plan.next().reason()).isEqualTo(ReasonCode.ADAPTIVE_ITEM);
        assertThat(plan.next().moduleId()).isEqualTo(mostInformative(ITEMS)).isNotEqualTo(ITEMS.get(0));
        assertThat(plan.next().sentence())
                .isEqualTo("This question from Decimals check was chosen to match your current level.");
    }

    @Test
    void strongerLearnerGetsAHarderItem() {
        String forAverage = s.plan(NEW_HIRE).next().moduleId();
        s.answers("fractions", T0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);

        String forStrong = s.plan(NEW_HIRE).next().moduleId();

        assertThat(forStrong).isEqualTo(mostInformative(ITEMS)).isNotEqualTo(forAverage);
        assertThat(difficulty(forStrong)).isGreaterThan(difficulty(forAverage));
    }

    @Test
    void neverRepeatsAnAnsweredItem() {
        String first = s.plan(NEW_HIRE).next().moduleId();
        s.did(first, ProgressKind.ANSWERED, T0);

        String second = s.plan(NEW_HIRE).next().moduleId();

        assertThat(second)
                .isNotEqualTo(first)
                .isEqualTo(mostInformative(
                        ITEMS.stream().filter(i -> !i.equals(first)).toList()));
    }

    private String mostInformative(List<String> items) {
        return items.stream().max(Comparator.comparingDouble(this::information)).orElseThrow();
    }

    private double information(String item) {
        Module m = s.content.module(item).orElseThrow();
        double ability = s.model
                .abilityVsDifficulty(Scenario.ANA, List.of("decimals"), item)
                .ability();
        double p = Elo.pCorrect(ability, m.difficulty());
        return p * (1 - p);
    }

    private double difficulty(String item) {
        return s.content.module(item).orElseThrow().difficulty();
    }
}
