package org.pathwise.learning.model;

/** Elo updates of learner ability and item difficulty: P(correct) = sigmoid(ability - difficulty). */
public final class Elo {

    private Elo() {}

    public static double pCorrect(double ability, double difficulty) {
        return sigmoid(ability - difficulty);
    }

    /** The step size after {@code answers} previous answers. */
    public static double step(double a, double b, int answers) {
        return a / (1 + b * answers);
    }

    /** The learner's ability after answering an item of the given difficulty with the given score. */
    public static double updatedAbility(double ability, double difficulty, double score, double step) {
        return ability + step * (score - pCorrect(ability, difficulty));
    }

    /** The item's difficulty after a learner of the given ability answered it with the given score. */
    public static double updatedDifficulty(double ability, double difficulty, double score, double step) {
        return difficulty - step * (score - pCorrect(ability, difficulty));
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    static double logit(double p) {
        double q = Math.max(1e-6, Math.min(1 - 1e-6, p));
        return Math.log(q / (1 - q));
    }
}
