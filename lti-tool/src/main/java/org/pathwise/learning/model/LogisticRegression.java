package org.pathwise.learning.model;

/** L2-regularised logistic regression fitted by Newton's method; few features, many rows. */
public final class LogisticRegression {

    private LogisticRegression() {}

    /**
     * Fits weights so that sigmoid(w . x) predicts y (targets in [0,1]). {@code l2} penalises every weight but the
     * first (the bias, by convention column 0).
     */
    public static double[] fit(double[][] x, double[] y, double l2, int iterations) {
        int k = x[0].length;
        double[] w = new double[k];
        for (int iteration = 0; iteration < iterations; iteration++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            accumulate(x, y, w, gradient, hessian);
            for (int i = 1; i < k; i++) {
                gradient[i] += l2 * w[i];
                hessian[i][i] += l2;
            }
            hessian[0][0] += 1e-9;
            double[] delta = LinearSolver.solve(hessian, gradient);
            double largest = 0;
            for (int i = 0; i < k; i++) {
                w[i] -= delta[i];
                largest = Math.max(largest, Math.abs(delta[i]));
            }
            if (largest < 1e-8) {
                break;
            }
        }
        return w;
    }

    private static void accumulate(double[][] x, double[] y, double[] w, double[] gradient, double[][] hessian) {
        int k = w.length;
        for (int r = 0; r < x.length; r++) {
            double[] row = x[r];
            double p = Features.predict(row, w);
            double curvature = Math.max(p * (1 - p), 1e-12);
            for (int i = 0; i < k; i++) {
                gradient[i] += (p - y[r]) * row[i];
                double ci = curvature * row[i];
                for (int j = 0; j <= i; j++) {
                    hessian[i][j] += ci * row[j];
                }
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                hessian[i][j] = hessian[j][i];
            }
        }
    }
}
