package org.pathwise.learning.eval;

/** Predicted probabilities and actual outcomes, appended answer by answer. */
final class Predictions {

    private final double[] predicted;
    private final double[] actual;
    private int size;

    Predictions(int capacity) {
        predicted = new double[capacity];
        actual = new double[capacity];
    }

    void add(double p, double y) {
        predicted[size] = p;
        actual[size] = y;
        size++;
    }

    double[] predicted() {
        return java.util.Arrays.copyOf(predicted, size);
    }

    double[] actual() {
        return java.util.Arrays.copyOf(actual, size);
    }

    int size() {
        return size;
    }
}
