package org.pathwise.learning.model;

/** Solves small dense linear systems by Gaussian elimination with partial pivoting. */
final class LinearSolver {

    private LinearSolver() {}

    static double[] solve(double[][] matrix, double[] rhs) {
        int n = rhs.length;
        double[][] a = new double[n][];
        double[] b = rhs.clone();
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) < 1e-300) {
                throw new LearnerModelException(LearnerModelException.Kind.FIT_FAILED, "singular system");
            }
            double[] tmpRow = a[col];
            a[col] = a[pivot];
            a[pivot] = tmpRow;
            double tmp = b[col];
            b[col] = b[pivot];
            b[pivot] = tmp;
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) {
                    a[r][c] -= f * a[col][c];
                }
                b[r] -= f * b[col];
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int c = i + 1; c < n; c++) {
                s -= a[i][c] * x[c];
            }
            x[i] = s / a[i][i];
        }
        return x;
    }
}
