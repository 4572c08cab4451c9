package org.pathwise.learning.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The interpretable features of the combined predictor, computed from a learner's state before an answer (so only
 * from that learner's earlier answers). For an item with several skills, per-skill features are averaged. Besides
 * these shared features, each skill adds its own {@link SkillWeights} terms.
 */
public final class Features {

    /** Feature names, in the order of the weights. */
    public static final List<String> NAMES = List.of(
            "bias",
            "bktLogit",
            "abilityMinusDifficulty",
            "skillAbility",
            "lnSkillSuccesses",
            "lnSkillFailures",
            "skillRecent",
            "skillLast",
            "learnerRecent",
            "learnerLast",
            "lnAnswersSinceSkillPractice",
            "lnHoursSinceSkillPractice",
            "firstAttemptOnSkill",
            "lnLearnerAnswers",
            "itemDifficulty",
            "skillStreak",
            "lnLearnerSuccesses",
            "lnLearnerFailures",
            "skillDecayedSuccesses",
            "skillDecayedFailures",
            "learnerDecayedSuccesses",
            "learnerDecayedFailures");

    private Features() {}

    static double[] compute(
            LearnerState learner, List<String> skills, double itemDifficulty, Instant now, ModelParameters p) {
        double[] x = new double[NAMES.size()];
        for (String skill : skills) {
            addSkill(x, learner, skill, now, p);
        }
        for (int i = 1; i < x.length; i++) {
            x[i] /= skills.size();
        }
        x[0] = 1;
        x[2] = learner.ability - itemDifficulty;
        x[8] = learner.recent;
        x[9] = learner.last;
        x[13] = Math.log1p(learner.answers);
        x[14] = itemDifficulty;
        x[16] = Math.log1p(learner.successes);
        x[17] = Math.log1p(learner.failures);
        x[20] = learner.decayedSuccesses;
        x[21] = learner.decayedFailures;
        return x;
    }

    private static void addSkill(double[] x, LearnerState learner, String skill, Instant now, ModelParameters p) {
        SkillParameters sp = p.skill(skill);
        SkillState s = learner.skill(skill);
        if (s == null) {
            x[1] += Elo.logit(Bkt.pCorrect(sp.bkt().pInit(), sp.bkt()));
            x[12] += 1;
            return;
        }
        double mastery = masteryNow(s, sp, p.forgetting(), now);
        x[1] += Elo.logit(Bkt.pCorrect(mastery, sp.bkt()));
        x[3] += s.ability;
        x[4] += Math.log1p(s.successes);
        x[5] += Math.log1p(s.failures);
        x[6] += s.recent;
        x[7] += s.last;
        x[10] += Math.log1p(learner.answers - s.lastAnswerIndex - 1);
        x[15] += Math.signum(s.streak) * Math.log1p(Math.abs(s.streak));
        x[11] += Math.log1p(Math.max(0, Duration.between(s.lastPractice, now).toMillis()) / 3.6e6);
        x[18] += s.decayedSuccesses;
        x[19] += s.decayedFailures;
    }

    /** The per-skill terms of the logit ({@link SkillWeights}), averaged over the item's skills. */
    static double skillTerms(LearnerState learner, List<String> skills, ModelParameters p) {
        double sum = 0;
        for (String skill : skills) {
            SkillState s = learner.skill(skill);
            sum += p.skill(skill).weights().logit(s == null ? 0 : s.successes, s == null ? 0 : s.failures);
        }
        return sum / skills.size();
    }

    /** The per-skill inputs of one skill, scaled by 1/(number of skills of the item), as the fitter sees them. */
    static double[] skillInputs(LearnerState learner, String skill, int itemSkills) {
        SkillState s = learner.skill(skill);
        double[] v = SkillWeights.inputs(s == null ? 0 : s.successes, s == null ? 0 : s.failures);
        for (int i = 0; i < v.length; i++) {
            v[i] /= itemSkills;
        }
        return v;
    }

    static double masteryNow(SkillState s, SkillParameters sp, ForgettingParameters f, Instant now) {
        Duration elapsed = Duration.between(s.lastPractice, now);
        return f.decayed(s.mastery, sp.bkt().pInit(), elapsed, s.successes);
    }

    /** The logistic prediction for a feature vector. */
    static double predict(double[] x, double[] weights) {
        return Elo.sigmoid(dot(x, weights));
    }

    static double dot(double[] x, double[] weights) {
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return z;
    }
}
