package org.pathwise.learning.model;

/**
 * What the model knows about one skill after a fit.
 *
 * @param bkt its knowledge-tracing parameters
 * @param difficulty its Elo difficulty (used for items never seen, averaged over the item's skills)
 */
public record SkillParameters(BktParameters bkt, double difficulty) {}
