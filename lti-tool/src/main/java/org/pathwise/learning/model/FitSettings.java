package org.pathwise.learning.model;

/**
 * Settings of a full refit.
 *
 * @param bkt EM settings of the per-skill BKT fit
 * @param elo Elo step settings
 * @param forgetting forgetting settings (carried into the parameters, not fitted)
 * @param l2 ridge penalty of the combined predictor's shared weights
 * @param skillL2 ridge penalty of the per-skill terms ({@link SkillWeights}): larger keeps rare skills closer to the
 *     average skill
 */
public record FitSettings(
        BktFitOptions bkt, EloSettings elo, ForgettingParameters forgetting, double l2, double skillL2) {

    /** Penalties chosen on a held-out fifth of the ASSIST2009 train learners (never on the test file). */
    public static final FitSettings DEFAULT =
            new FitSettings(BktFitOptions.STANDARD, EloSettings.DEFAULT, ForgettingParameters.DEFAULT, 1.0, 10.0);

    public FitSettings {
        if (!(l2 >= 0) || !(skillL2 >= 0)) {
            throw LearnerModelException.invalid("ridge penalties must not be negative");
        }
    }

    /** Settings with the same penalty for shared weights and per-skill terms. */
    public FitSettings(BktFitOptions bkt, EloSettings elo, ForgettingParameters forgetting, double l2) {
        this(bkt, elo, forgetting, l2, l2);
    }

    /** The same settings with other penalties. */
    public FitSettings withPenalties(double newL2, double newSkillL2) {
        return new FitSettings(bkt, elo, forgetting, newL2, newSkillL2);
    }
}
