package org.pathwise.learning.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EloTest {

    @Test
    void correctAnswerToHardItemRaisesAbilityMoreThanToEasyItem() {
        double hard = Elo.updatedAbility(0, 2, 1, 0.4);
        double easy = Elo.updatedAbility(0, -2, 1, 0.4);

        assertThat(easy).isPositive();
        assertThat(hard).isGreaterThan(easy);
    }

    @Test
    void wrongAnswerToEasyItemLowersAbilityMoreThanToHardItem() {
        double easy = Elo.updatedAbility(0, -2, 0, 0.4);
        double hard = Elo.updatedAbility(0, 2, 0, 0.4);

        assertThat(hard).isNegative();
        assertThat(easy).isLessThan(hard);
    }

    @Test
    void correctAnswerMakesItemLookEasier() {
        assertThat(Elo.updatedDifficulty(0, 1, 1, 0.4)).isLessThan(1);
    }

    @Test
    void stepShrinksAsAnswersAccumulate() {
        assertThat(Elo.step(0.8, 0.05, 100)).isLessThan(Elo.step(0.8, 0.05, 0));
        assertThat(Elo.step(0.8, 0.05, 0)).isEqualTo(0.8);
    }
}
