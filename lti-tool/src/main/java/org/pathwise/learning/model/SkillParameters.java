package org.pathwise.learning.model;

import java.util.Objects;

/**
 * What the model knows about one skill after a fit.
 *
 * @param bkt its knowledge-tracing parameters
 * @param difficulty its Elo difficulty (used for items never seen, averaged over the item's skills)
 * @param weights its own terms in the combined predictor (easiness, weight of successes and of failures)
 */
public record SkillParameters(BktParameters bkt, double difficulty, SkillWeights weights) {

    public SkillParameters {
        Objects.requireNonNull(bkt, "bkt");
        weights = weights == null ? SkillWeights.NONE : weights;
    }

    /** A skill without per-skill predictor terms. */
    public SkillParameters(BktParameters bkt, double difficulty) {
        this(bkt, difficulty, SkillWeights.NONE);
    }

    /** The same skill with other predictor terms. */
    public SkillParameters withWeights(SkillWeights newWeights) {
        return new SkillParameters(bkt, difficulty, newWeights);
    }
}
