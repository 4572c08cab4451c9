package org.pathwise.learning.model;

/** E step of the BKT EM fit: scaled forward-backward over one sequence at a time, accumulating expected counts. */
final class BktExpectedCounts {

    private double sequences;
    private double initKnown;
    private double learnNum;
    private double learnDen;
    private double forgetNum;
    private double forgetDen;
    private double guessNum;
    private double guessDen;
    private double slipNum;
    private double slipDen;
    private double logLikelihood;

    void add(double[] obs, BktParameters p) {
        int n = obs.length;
        double[] a0 = new double[n];
        double[] a1 = new double[n];
        double[] scale = new double[n];
        forward(obs, p, a0, a1, scale);
        double b0 = 1;
        double b1 = 1;
        for (int t = n - 1; t >= 0; t--) {
            double g0 = a0[t] * b0;
            double g1 = a1[t] * b1;
            double o = obs[t] >= 0.5 ? 1 : 0;
            guessNum += g0 * o;
            guessDen += g0;
            slipNum += g1 * (1 - o);
            slipDen += g1;
            if (t == 0) {
                initKnown += g1;
                break;
            }
            double e0 = emitUnknown(obs[t], p) * b0 / scale[t];
            double e1 = emitKnown(obs[t], p) * b1 / scale[t];
            learnNum += a0[t - 1] * p.pLearn() * e1;
            forgetNum += a1[t - 1] * p.pForget() * e0;
            learnDen += a0[t - 1] * (1 - p.pLearn()) * e0 + a0[t - 1] * p.pLearn() * e1;
            forgetDen += a1[t - 1] * p.pForget() * e0 + a1[t - 1] * (1 - p.pForget()) * e1;
            double nb0 = (1 - p.pLearn()) * e0 + p.pLearn() * e1;
            double nb1 = p.pForget() * e0 + (1 - p.pForget()) * e1;
            b0 = nb0;
            b1 = nb1;
        }
        sequences++;
    }

    private void forward(double[] obs, BktParameters p, double[] a0, double[] a1, double[] scale) {
        double prior0 = 1 - p.pInit();
        double prior1 = p.pInit();
        for (int t = 0; t < obs.length; t++) {
            if (t > 0) {
                prior0 = a0[t - 1] * (1 - p.pLearn()) + a1[t - 1] * p.pForget();
                prior1 = a0[t - 1] * p.pLearn() + a1[t - 1] * (1 - p.pForget());
            }
            double u = prior0 * emitUnknown(obs[t], p);
            double k = prior1 * emitKnown(obs[t], p);
            scale[t] = u + k;
            a0[t] = u / scale[t];
            a1[t] = k / scale[t];
            logLikelihood += Math.log(scale[t]);
        }
    }

    private static double emitKnown(double o, BktParameters p) {
        return o >= 0.5 ? 1 - p.pSlip() : p.pSlip();
    }

    private static double emitUnknown(double o, BktParameters p) {
        return o >= 0.5 ? p.pGuess() : 1 - p.pGuess();
    }

    double sequences() {
        return sequences;
    }

    double initKnown() {
        return initKnown;
    }

    double learnNum() {
        return learnNum;
    }

    double learnDen() {
        return learnDen;
    }

    double forgetNum() {
        return forgetNum;
    }

    double forgetDen() {
        return forgetDen;
    }

    double guessNum() {
        return guessNum;
    }

    double guessDen() {
        return guessDen;
    }

    double slipNum() {
        return slipNum;
    }

    double slipDen() {
        return slipDen;
    }

    double logLikelihood() {
        return logLikelihood;
    }
}
