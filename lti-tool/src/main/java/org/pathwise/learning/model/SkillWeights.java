package org.pathwise.learning.model;

/**
 * Per-skill terms of the combined predictor (Performance Factors Analysis, Pavlik et al. 2009), on the logit scale, as
 * offsets from the weights shared by all skills: a skill's own easiness and how much each success or failure on it
 * moves the odds of the next answer beyond the shared {@code lnSkillSuccesses} and {@code lnSkillFailures} weights.
 *
 * @param easiness added to the logit of every answer on this skill (positive: easier than average)
 * @param successes added to the shared weight of ln(1 + successes on the skill)
 * @param failures added to the shared weight of ln(1 + failures on the skill)
 */
public record SkillWeights(double easiness, double successes, double failures) {

    /** No offset: the skill behaves like the average skill (used for skills absent from the record). */
    public static final SkillWeights NONE = new SkillWeights(0, 0, 0);

    /** Number of per-skill terms. */
    static final int SIZE = 3;

    /** The per-skill inputs in the order of the terms, for a learner with these counts on the skill. */
    static double[] inputs(int successes, int failures) {
        return new double[] {1, Math.log1p(successes), Math.log1p(failures)};
    }

    /** This skill's contribution to the logit for a learner with these counts on it. */
    double logit(int successes, int failures) {
        return easiness + this.successes * Math.log1p(successes) + this.failures * Math.log1p(failures);
    }

    static SkillWeights of(double[] w, int offset) {
        return new SkillWeights(w[offset], w[offset + 1], w[offset + 2]);
    }
}
