package org.pathwise.learning.model;

/**
 * L2-regularised logistic regression over sparse rows, fitted by Newton's method with a dense Hessian: a few hundred
 * columns (shared features plus per-skill terms), each row touching a few dozen of them. Each column has its own
 * penalty, so shared weights and per-skill offsets can be shrunk differently; a zero penalty leaves a column free.
 */
public final class SparseLogisticRegression {

    private SparseLogisticRegression() {}

    /**
     * Fits weights so that sigmoid(w . x) predicts y.
     *
     * @param columns column indexes of each row's non-zero inputs
     * @param values the inputs, aligned with {@code columns}
     * @param y targets in [0,1]
     * @param l2 penalty of each column (length: number of columns)
     * @param iterations upper bound on Newton steps
     */
    public static double[] fit(int[][] columns, double[][] values, double[] y, double[] l2, int iterations) {
        int k = l2.length;
        double[] w = new double[k];
        for (int iteration = 0; iteration < iterations; iteration++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            accumulate(columns, values, y, w, gradient, hessian);
            for (int i = 0; i < k; i++) {
                gradient[i] += l2[i] * w[i];
                hessian[i][i] += l2[i] + 1e-9;
            }
            double[] delta = LinearSolver.solve(hessian, gradient);
            double largest = 0;
            for (int i = 0; i < k; i++) {
                w[i] -= delta[i];
                largest = Math.max(largest, Math.abs(delta[i]));
            }
            if (largest < 1e-6) {
                break;
            }
        }
        return w;
    }

    /** The logit of one sparse row. */
    public static double logit(int[] columns, double[] values, double[] w) {
        double z = 0;
        for (int i = 0; i < columns.length; i++) {
            z += w[columns[i]] * values[i];
        }
        return z;
    }

    private static void accumulate(
            int[][] columns, double[][] values, double[] y, double[] w, double[] gradient, double[][] hessian) {
        for (int r = 0; r < columns.length; r++) {
            int[] c = columns[r];
            double[] v = values[r];
            double p = Elo.sigmoid(logit(c, v, w));
            double curvature = Math.max(p * (1 - p), 1e-12);
            for (int i = 0; i < c.length; i++) {
                gradient[c[i]] += (p - y[r]) * v[i];
                double ci = curvature * v[i];
                double[] row = hessian[c[i]];
                for (int j = 0; j < c.length; j++) {
                    row[c[j]] += ci * v[j];
                }
            }
        }
    }
}
