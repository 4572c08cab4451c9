package org.pathwise.learning.model;

import java.util.List;

/**
 * Fits the BKT parameters of one skill by expectation-maximisation (Baum-Welch) over the answer sequences of many
 * learners. A pure function: sequences in, parameters out.
 */
public final class BktFitter {

    private static final double EPS = 1e-4;
    private final BktFitOptions options;

    public BktFitter(BktFitOptions options) {
        this.options = options;
    }

    /** Fits one skill. Each array is one learner's scores on this skill in time order (0 or 1; 0.5 and up counts as 1). */
    public BktParameters fit(List<double[]> sequences) {
        BktParameters current = options.start();
        double previousLogLikelihood = Double.NEGATIVE_INFINITY;
        for (int iteration = 0; iteration < options.maxIterations(); iteration++) {
            BktExpectedCounts counts = new BktExpectedCounts();
            for (double[] sequence : sequences) {
                if (sequence.length > 0) {
                    counts.add(sequence, current);
                }
            }
            if (counts.sequences() == 0) {
                return current;
            }
            current = maximise(counts);
            if (counts.logLikelihood() - previousLogLikelihood < options.tolerance()) {
                break;
            }
            previousLogLikelihood = counts.logLikelihood();
        }
        return current;
    }

    private BktParameters maximise(BktExpectedCounts c) {
        double init = clamp(c.initKnown() / c.sequences(), EPS, 1 - EPS);
        double learn = clamp(ratio(c.learnNum(), c.learnDen(), options.start().pLearn()), EPS, 1 - EPS);
        double forget = options.fitForget() ? clamp(ratio(c.forgetNum(), c.forgetDen(), 0), 0, 1 - EPS) : 0;
        double guess = clamp(ratio(c.guessNum(), c.guessDen(), options.start().pGuess()), EPS, options.maxGuess());
        double slip = clamp(ratio(c.slipNum(), c.slipDen(), options.start().pSlip()), EPS, options.maxSlip());
        return new BktParameters(init, learn, slip, guess, forget);
    }

    private static double ratio(double num, double den, double fallback) {
        return den > 1e-12 ? num / den : fallback;
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
