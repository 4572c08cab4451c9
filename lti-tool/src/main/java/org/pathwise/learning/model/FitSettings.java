package org.pathwise.learning.model;

/**
 * Settings of a full refit.
 *
 * @param bkt EM settings of the per-skill BKT fit
 * @param elo Elo step settings
 * @param forgetting forgetting settings (carried into the parameters, not fitted)
 * @param l2 ridge penalty of the combined predictor's weights
 */
public record FitSettings(BktFitOptions bkt, EloSettings elo, ForgettingParameters forgetting, double l2) {

    public static final FitSettings DEFAULT =
            new FitSettings(BktFitOptions.STANDARD, EloSettings.DEFAULT, ForgettingParameters.DEFAULT, 1.0);
}
