package org.pathwise.learning.model;

/**
 * Settings of the BKT EM fit.
 *
 * @param start parameters EM starts from
 * @param maxIterations upper bound on EM iterations
 * @param tolerance stop when the log-likelihood gains less than this
 * @param maxGuess cap on pGuess (0.3 is the usual cap, it keeps the model from explaining mastery as guessing)
 * @param maxSlip cap on pSlip
 * @param fitForget whether pForget is estimated (otherwise it stays 0, standard BKT)
 */
public record BktFitOptions(
        BktParameters start, int maxIterations, double tolerance, double maxGuess, double maxSlip, boolean fitForget) {

    /** Standard BKT: guess and slip capped at 0.3, no forgetting. */
    public static final BktFitOptions STANDARD = new BktFitOptions(BktParameters.DEFAULT, 200, 1e-5, 0.3, 0.3, false);

    public BktFitOptions {
        if (maxIterations < 1 || tolerance <= 0 || maxGuess + maxSlip >= 1) {
            throw LearnerModelException.invalid("invalid BKT fit options");
        }
    }
}
