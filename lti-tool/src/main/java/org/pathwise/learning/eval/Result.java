package org.pathwise.learning.eval;

/**
 * One row of the evaluation table.
 *
 * @param model what was evaluated
 * @param auc ROC AUC over all test answers
 * @param rmse root mean squared error over all test answers
 * @param answers number of test answers predicted
 * @param fitMillis time to fit on the train file
 */
public record Result(String model, double auc, double rmse, int answers, long fitMillis) {

    static Result of(String model, Predictions p, long fitMillis) {
        return new Result(
                model,
                Metrics.auc(p.predicted(), p.actual()),
                Metrics.rmse(p.predicted(), p.actual()),
                p.size(),
                fitMillis);
    }

    String row() {
        return String.format("| %s | %.4f | %.4f | %,d | %.1f s |", model, auc, rmse, answers, fitMillis / 1000.0);
    }
}
