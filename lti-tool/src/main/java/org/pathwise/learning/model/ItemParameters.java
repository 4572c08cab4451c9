package org.pathwise.learning.model;

/**
 * Elo estimate of one item.
 *
 * @param difficulty logit-scale difficulty
 * @param answers how many answers it is based on (sets how fast it still moves)
 */
public record ItemParameters(double difficulty, int answers) {}
