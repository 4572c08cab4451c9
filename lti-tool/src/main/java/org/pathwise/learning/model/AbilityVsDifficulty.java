package org.pathwise.learning.model;

/**
 * A learner's Elo ability against an item's difficulty, on the same logit scale.
 *
 * @param ability the learner's overall ability plus their ability on the item's skills
 * @param difficulty the item's difficulty (or its skills' average when the item is new)
 * @param pCorrect the Elo probability of a correct answer, sigmoid(ability - difficulty)
 */
public record AbilityVsDifficulty(double ability, double difficulty, double pCorrect) {}
