package org.pathwise.learning.sequencing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathwise.learning.content.Competency;
import org.pathwise.learning.content.CompetencyFramework;
import org.pathwise.learning.content.ContentModel;
import org.pathwise.learning.content.ContentModelBuilder;
import org.pathwise.learning.content.ContentPackage;
import org.pathwise.learning.content.ItemBank;
import org.pathwise.learning.content.Module;
import org.pathwise.learning.content.ModuleKind;
import org.pathwise.learning.content.MoveOn;
import org.pathwise.learning.content.Node;
import org.pathwise.learning.content.Pathway;
import org.pathwise.learning.model.BktParameters;
import org.pathwise.learning.model.EloSettings;
import org.pathwise.learning.model.Features;
import org.pathwise.learning.model.ForgettingParameters;
import org.pathwise.learning.model.LearnerModel;
import org.pathwise.learning.model.ModelParameters;
import org.pathwise.learning.model.Observation;
import org.pathwise.learning.model.SkillParameters;

/** A small fractions course used by the sequencer and xAPI tests, and a learner model with known parameters. */
public final class LearningFixtures {

    public static final Instant T0 = Instant.parse("2025-01-06T09:00:00Z");
    public static final String BASE = "https://content.example.org/";
    public static final String BASICS = BASE + "fractions/basics";
    public static final String BASICS_PRACTICE = BASE + "fractions/basics-practice";
    public static final String ADDING = BASE + "fractions/adding";
    public static final String ADDING_PRACTICE = BASE + "fractions/adding-practice";
    public static final String DECIMALS = BASE + "decimals/intro";
    public static final String PRETEST = BASE + "fractions/pretest";
    public static final String FINAL = BASE + "final-quiz";
    public static final String BANK = "bank-decimals";
    public static final List<String> ITEMS = List.of(BASE + "items/d1", BASE + "items/d2", BASE + "items/d3");
    public static final String NEW_HIRE = "new-hire";
    public static final String EXPERIENCED = "experienced";

    private LearningFixtures() {}

    public static CompetencyFramework framework() {
        return CompetencyFramework.of(
                "Numbers",
                List.of(
                        new Competency("fractions", "Fractions", null),
                        new Competency("fractions-basics", "Fractions basics", "fractions"),
                        new Competency("adding-fractions", "Adding fractions", "fractions"),
                        new Competency("decimals", "Decimals", null)));
    }

    /** The course; with {@code forcedFractions} the three fraction modules form a forced-sequential package. */
    public static ContentModel content(boolean forcedFractions) {
        ContentModelBuilder b = ContentModel.builder(framework())
                .module(lesson(BASICS, "Fractions basics", "fractions-basics"))
                .module(lesson(BASICS_PRACTICE, "Practice: fractions basics", "fractions-basics")
                        .withKind(ModuleKind.PRACTICE)
                        .withDifficulty(-1.0))
                .module(lesson(ADDING, "Adding fractions", "adding-fractions"))
                .module(lesson(ADDING_PRACTICE, "Practice: adding fractions", "adding-fractions")
                        .withKind(ModuleKind.PRACTICE))
                .module(lesson(DECIMALS, "Decimals", "decimals"))
                .module(new Module(
                        PRETEST,
                        "Fractions pre-test",
                        ModuleKind.PRE_TEST,
                        Set.of("fractions-basics", "adding-fractions"),
                        null,
                        Duration.ofMinutes(10),
                        MoveOn.COMPLETED))
                .module(new Module(
                        FINAL,
                        "Final quiz",
                        ModuleKind.ASSESSMENT,
                        Set.of("adding-fractions", "decimals"),
                        null,
                        Duration.ofMinutes(15),
                        MoveOn.PASSED))
                .requires(Node.competency("adding-fractions"), Node.competency("fractions-basics"))
                .requires(Node.module(DECIMALS), Node.module(ADDING));
        double[] difficulties = {-2.5, 0.2, 1.2};
        for (int i = 0; i < ITEMS.size(); i++) {
            b.module(new Module(
                    ITEMS.get(i),
                    "Item " + (i + 1),
                    ModuleKind.ITEM,
                    Set.of("decimals"),
                    difficulties[i],
                    Duration.ofMinutes(2),
                    MoveOn.COMPLETED_OR_PASSED));
        }
        b.itemBank(new ItemBank(BANK, "Decimals check", Set.of("decimals"), ITEMS, 2));
        if (forcedFractions) {
            b.contentPackage(ContentPackage.scorm2004(
                    "pkg-fractions", List.of(BASICS, ADDING, BASICS_PRACTICE), true, true, false));
        }
        b.pathway(new Pathway(
                NEW_HIRE,
                "Numbers for new hires",
                "new hire",
                List.of(BASICS, BASICS_PRACTICE, ADDING, ADDING_PRACTICE, DECIMALS, BANK, FINAL),
                null));
        b.pathway(new Pathway(
                EXPERIENCED,
                "Numbers refresher",
                "experienced",
                List.of(PRETEST, BASICS, ADDING, DECIMALS, FINAL),
                T0.plus(Duration.ofDays(2))));
        return b.build();
    }

    public static ContentModel content() {
        return content(false);
    }

    /** Every skill: pInit 0.3, learn 0.2, slip 0.1, guess 0.2; the predictor is the BKT logit alone. */
    public static ModelParameters parameters() {
        List<Double> weights = new ArrayList<>(Collections.nCopies(Features.NAMES.size(), 0.0));
        weights.set(1, 1.0);
        SkillParameters skill = new SkillParameters(new BktParameters(0.3, 0.2, 0.1, 0.2, 0.0), 0.0);
        return new ModelParameters(
                Map.of(), Map.of(), skill, EloSettings.DEFAULT, ForgettingParameters.DEFAULT, weights);
    }

    public static LearnerModel model() {
        return LearnerModel.of(parameters());
    }

    /** Records answers of a learner on a competency, one minute apart from {@code start}. */
    public static void answer(LearnerModel model, String learner, String competency, Instant start, int... scores) {
        for (int i = 0; i < scores.length; i++) {
            model.observe(
                    Observation.of(learner, competency, competency + "-q" + i, scores[i], start.plusSeconds(60L * i)));
        }
    }

    public static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    public static ProgressEvent event(String learner, String module, ProgressKind kind, Instant at) {
        return new ProgressEvent(learner, module, kind, at, null);
    }

    private static Module lesson(String id, String title, String competency) {
        return Module.lesson(id, title, Set.of(competency), Duration.ofMinutes(20));
    }
}
