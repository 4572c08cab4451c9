package org.pathwise.learning.model;

import java.util.HashMap;
import java.util.Map;

/** Mutable state of one learner across skills, updated in place by {@link LearnerModel}. */
final class LearnerState {

    /** Per-answer decay of the recency-weighted counts over all skills: an answer 7 answers back counts about half. */
    static final double DECAY = 0.9;

    double ability;
    long answers;
    int successes;
    int failures;
    double recent;
    double last;
    double decayedSuccesses;
    double decayedFailures;
    final Map<String, SkillState> skills = new HashMap<>();

    SkillState skill(String skill) {
        return skills.get(skill);
    }
}
