package org.pathwise.learning.model;

/** The BKT update equations, as pure functions of the current probability of mastery. */
public final class Bkt {

    private Bkt() {}

    /** Probability of a correct answer given the probability {@code pKnown} that the skill is mastered. */
    public static double pCorrect(double pKnown, BktParameters p) {
        return pKnown * (1 - p.pSlip()) + (1 - pKnown) * p.pGuess();
    }

    /**
     * Posterior probability of mastery after seeing an answer with the given score (Bayes rule). A partial score
     * mixes the posteriors after a correct and after an incorrect answer.
     */
    public static double posterior(double pKnown, double score, BktParameters p) {
        double knownAndRight = pKnown * (1 - p.pSlip());
        double afterRight = knownAndRight / (knownAndRight + (1 - pKnown) * p.pGuess());
        double knownAndWrong = pKnown * p.pSlip();
        double afterWrong = knownAndWrong / (knownAndWrong + (1 - pKnown) * (1 - p.pGuess()));
        return score * afterRight + (1 - score) * afterWrong;
    }

    /** Probability of mastery at the next opportunity: learning (and forgetting) after one practice. */
    public static double transition(double pKnown, BktParameters p) {
        return pKnown * (1 - p.pForget()) + (1 - pKnown) * p.pLearn();
    }

    /** Posterior then transition: the mastery to use for the next prediction. */
    public static double update(double pKnown, double score, BktParameters p) {
        return transition(posterior(pKnown, score, p), p);
    }
}
