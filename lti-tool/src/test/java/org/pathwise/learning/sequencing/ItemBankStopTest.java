package org.pathwise.learning.sequencing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pathwise.learning.sequencing.LearningFixtures.BASE;
import static org.pathwise.learning.sequencing.LearningFixtures.T0;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathwise.learning.content.ContentModel;
import org.pathwise.learning.content.ContentModelBuilder;
import org.pathwise.learning.content.ItemBank;
import org.pathwise.learning.content.Module;
import org.pathwise.learning.content.ModuleKind;
import org.pathwise.learning.content.MoveOn;
import org.pathwise.learning.content.Pathway;

/**
 * The adaptive test's stopping rule: the standard error of the ability estimate, the precision, maximum and minimum
 * conditions, the learner-readable reason for each end, and randomesque exposure control.
 */
class ItemBankStopTest {

    static final String CHECK = "decimals-check";
    static final String PATHWAY = "check-only";

    @Test
    void theStandardErrorIsOneOverTheRootOfThePriorPlusTheTestInformation() {
        assertThat(ItemBankStop.standardError()).as("no answer: the prior's SD").isEqualTo(1.0);
        assertThat(ItemBankStop.standardError(0.25, 0.25, 0.25, 0.25)).isCloseTo(1 / Math.sqrt(2), within(1e-12));
        assertThat(ItemBankStop.standardError(0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25))
                .as("a dozen answers at a 50% chance reach the default target")
                .isCloseTo(ItemBank.DEFAULT_TARGET_STANDARD_ERROR, within(1e-12));
        assertThat(ItemBankStop.standardError(0.09))
                .as("an ill-matched item tells little")
                .isGreaterThan(0.95);
    }

    @Test
    void eachStoppingCondition() {
        ItemBank bank = bank(3, 5, 0.8, 1);

        assertThat(ItemBankStop.end(bank, 2, 0.5))
                .as("never before the minimum")
                .isNull();
        assertThat(ItemBankStop.end(bank, 3, 0.85)).as("not yet precise enough").isNull();
        assertThat(ItemBankStop.end(bank, 3, 0.8)).isEqualTo(ReasonCode.ITEM_BANK_PRECISE);
        assertThat(ItemBankStop.end(bank, 5, 0.9)).isEqualTo(ReasonCode.ITEM_BANK_MAX_ITEMS);
        assertThat(ItemBankStop.end(bank, 5, 0.7))
                .as("precise at the maximum: precision is why")
                .isEqualTo(ReasonCode.ITEM_BANK_PRECISE);
    }

    @Test
    void aPreciseEnoughEstimateEndsTheTestBeforeItsMaximumWithItsReason() {
        // ability 0 and difficulty 0: each answer brings information 1/4; SE 1/sqrt(1 + n/4) <= 0.75 from n = 4
        Scenario s = scenario(bank(2, 6, 0.75, 1));
        answer(s, 3);
        assertThat(s.plan(PATHWAY).next().reason())
                .as("3 answers: SE 0.756, above the target")
                .isEqualTo(ReasonCode.ADAPTIVE_ITEM);

        answer(s, 4);
        Plan plan = s.plan(PATHWAY);

        assertThat(plan.isComplete()).isTrue();
        Decision ended = plan.finished(CHECK).orElseThrow();
        assertThat(ended.reason()).isEqualTo(ReasonCode.ITEM_BANK_PRECISE);
        assertThat(ended.params()).containsEntry("answered", "4").containsEntry("standardError", "0.707");
        assertThat(ended.sentence())
                .isEqualTo(
                        "Your level on Decimals is now known well enough: Decimals check is done after 4 questions.");
    }

    @Test
    void theMaximumEndsAnImpreciseTestWithItsReason() {
        Scenario s = scenario(bank(1, 3, 0.3, 1));
        answer(s, 2);
        assertThat(s.plan(PATHWAY).isComplete()).isFalse();

        answer(s, 3);
        Plan plan = s.plan(PATHWAY);

        assertThat(plan.isComplete()).isTrue();
        Decision ended = plan.finished(CHECK).orElseThrow();
        assertThat(ended.reason()).isEqualTo(ReasonCode.ITEM_BANK_MAX_ITEMS);
        assertThat(ended.sentence())
                .isEqualTo("You have answered the most questions Decimals check asks (3): it is done.");
    }

    @Test
    void aPreciseEstimateDoesNotEndTheTestBeforeItsMinimum() {
        // target 0.95: one answer (SE 0.894) would do, but the minimum is 3
        Scenario s = scenario(bank(3, 6, 0.95, 1));
        answer(s, 1);
        assertThat(s.plan(PATHWAY).next().reason()).isEqualTo(ReasonCode.ADAPTIVE_ITEM);
        answer(s, 2);
        assertThat(s.plan(PATHWAY).next().reason()).isEqualTo(ReasonCode.ADAPTIVE_ITEM);

        answer(s, 3);

        assertThat(s.plan(PATHWAY).finished(CHECK).orElseThrow().reason()).isEqualTo(ReasonCode.ITEM_BANK_PRECISE);
    }

    @Test
    void theFrenchSentencesSayWhyTheTestEnded() {
        Scenario s = scenario(bank(1, 2, 0.3, 1));
        answer(s, 2);

        Decision ended = s.plan(PATHWAY).finished(CHECK).orElseThrow();

        assertThat(ended.sentence(java.util.Locale.FRENCH))
                .isEqualTo("Vous avez répondu au nombre maximal de questions que pose Decimals check (2) :"
                        + " ce test est terminé.");
    }

    @Test
    void randomesqueDrawsAmongTheMostInformativeItemsStablyPerLearner() {
        // difficulties 0, 0.1, 0.2 are the three most informative at ability 0; 3, 4 and 5 never are
        ContentModel content = content(bank(1, 5, 0.5, 3), new double[] {3, 0, 4, 0.1, 0.2, 5});
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            String learner = "learner-" + i;
            Sequencer sequencer = new Sequencer(content, SequencerSettings.DEFAULT, LearningFixtures.clockAt(T0));
            Decision d = sequencer
                    .plan(
                            learner,
                            content.pathway(PATHWAY),
                            org.pathwise.learning.content.PathwayOverrides.NONE,
                            LearningFixtures.model(),
                            LearnerProgress.empty(learner))
                    .next();
            Decision again = sequencer
                    .plan(
                            learner,
                            content.pathway(PATHWAY),
                            org.pathwise.learning.content.PathwayOverrides.NONE,
                            LearningFixtures.model(),
                            LearnerProgress.empty(learner))
                    .next();
            assertThat(again.moduleId())
                    .as("the same item each time it is asked for")
                    .isEqualTo(d.moduleId());
            drawn.add(d.moduleId());
        }
        assertThat(drawn).as("among the 3 most informative").isSubsetOf(item(1), item(3), item(4));
        assertThat(drawn).as("not always the same one").hasSizeGreaterThan(1);

        ContentModel noExposureControl = content(bank(1, 5, 0.5, 1), new double[] {3, 0, 4, 0.1, 0.2, 5});
        assertThat(new Scenario(noExposureControl).plan(PATHWAY).next().moduleId())
                .as("randomesque 1: the most informative")
                .isEqualTo(item(1));
    }

    // --- helpers

    private static ItemBank bank(int min, int max, double se, int randomesque) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < max + 1; i++) {
            items.add(item(i));
        }
        return new ItemBank(CHECK, "Decimals check", Set.of("decimals"), items, min, max, se, randomesque);
    }

    private static String item(int i) {
        return BASE + "check/q" + i;
    }

    private static ContentModel content(ItemBank bank, double[] difficulties) {
        ContentModelBuilder b = ContentModel.builder(LearningFixtures.framework());
        for (int i = 0; i < bank.itemIds().size(); i++) {
            b.module(new Module(
                    item(i),
                    "Question " + i,
                    ModuleKind.ITEM,
                    Set.of("decimals"),
                    i < difficulties.length ? difficulties[i] : 0.0,
                    Duration.ofMinutes(1),
                    MoveOn.COMPLETED_OR_PASSED));
        }
        b.itemBank(bank);
        b.pathway(new Pathway(PATHWAY, "Decimals check only", "all", List.of(CHECK), null));
        return b.build();
    }

    private static Scenario scenario(ItemBank bank) {
        Scenario s = new Scenario(content(bank, new double[0]));
        assertThat(s.model
                        .abilityVsDifficulty(Scenario.ANA, List.of("decimals"), item(0))
                        .ability())
                .as("a new learner's ability: every item of difficulty 0 is at a 50% chance")
                .isEqualTo(0.0);
        return s;
    }

    /** The learner answers items 0..n-1 (answers only count as progress here; the ability stays 0). */
    private static void answer(Scenario s, int n) {
        for (int i = 0; i < n; i++) {
            s.did(item(i), ProgressKind.ANSWERED, T0);
        }
    }
}
