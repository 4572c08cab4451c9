package org.pathwise.learning.eval;

import java.util.Arrays;
import java.util.Comparator;

/** Binary prediction metrics: ROC AUC (rank statistic, ties averaged) and root mean squared error. */
public final class Metrics {

    private Metrics() {}

    /** Area under the ROC curve: probability a random positive is scored above a random negative (ties count half). */
    public static double auc(double[] predicted, double[] actual) {
        Integer[] order = new Integer[predicted.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> predicted[i]));
        double positiveRankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && predicted[order[j + 1]] == predicted[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (actual[order[k]] >= 0.5) {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = predicted.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    public static double rmse(double[] predicted, double[] actual) {
        double sum = 0;
        for (int i = 0; i < predicted.length; i++) {
            double d = predicted[i] - actual[i];
            sum += d * d;
        }
        return Math.sqrt(sum / predicted.length);
    }
}
