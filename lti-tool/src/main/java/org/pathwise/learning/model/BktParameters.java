package org.pathwise.learning.model;

/**
 * Bayesian Knowledge Tracing parameters of one skill (Corbett and Anderson 1995), plus an optional forgetting rate.
 *
 * @param pInit probability the skill is known before the first practice
 * @param pLearn probability of moving from unknown to known after one practice opportunity
 * @param pSlip probability of answering wrong although the skill is known
 * @param pGuess probability of answering right although the skill is unknown
 * @param pForget probability of moving from known to unknown after one practice opportunity (0 in standard BKT)
 */
public record BktParameters(double pInit, double pLearn, double pSlip, double pGuess, double pForget) {

    /** Neutral starting point for EM and for skills never seen in the record. */
    public static final BktParameters DEFAULT = new BktParameters(0.5, 0.1, 0.1, 0.2, 0.0);

    public BktParameters {
        check("pInit", pInit);
        check("pLearn", pLearn);
        check("pSlip", pSlip);
        check("pGuess", pGuess);
        check("pForget", pForget);
        if (pSlip + pGuess >= 1.0) {
            throw LearnerModelException.invalid("pSlip + pGuess must be below 1 for the model to be identifiable");
        }
    }

    private static void check(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw LearnerModelException.invalid(name + " must be a probability, was " + value);
        }
    }
}
