package org.pathwise.learning.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a fit produces, as plain data the server can store (records, maps and lists of numbers: Jackson writes
 * and reads it as JSON without configuration) and reload to rebuild a {@link LearnerModel}.
 *
 * @param skills per skill: BKT parameters and difficulty
 * @param items Elo difficulty per item key ({@link Observation#itemKey()})
 * @param unknownSkill parameters for a skill absent from the record
 * @param elo Elo step settings
 * @param forgetting forgetting settings
 * @param weights logistic weights of the combined predictor, in the order of {@link Features#NAMES}
 */
public record ModelParameters(
        Map<String, SkillParameters> skills,
        Map<String, ItemParameters> items,
        SkillParameters unknownSkill,
        EloSettings elo,
        ForgettingParameters forgetting,
        List<Double> weights) {

    public ModelParameters {
        skills = Map.copyOf(skills);
        items = Map.copyOf(items);
        Objects.requireNonNull(unknownSkill, "unknownSkill");
        Objects.requireNonNull(elo, "elo");
        Objects.requireNonNull(forgetting, "forgetting");
        weights = List.copyOf(weights);
        if (weights.size() != Features.NAMES.size()) {
            throw LearnerModelException.invalid(
                    "expected " + Features.NAMES.size() + " weights, got " + weights.size());
        }
    }

    public SkillParameters skill(String skill) {
        return skills.getOrDefault(skill, unknownSkill);
    }

    /** The same parameters with other predictor weights. */
    public ModelParameters withWeights(List<Double> newWeights) {
        return new ModelParameters(skills, items, unknownSkill, elo, forgetting, newWeights);
    }
}
