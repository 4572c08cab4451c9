package org.pathwise.learning.model;

import java.util.HashMap;
import java.util.Map;

/** Mutable state of one learner across skills, updated in place by {@link LearnerModel}. */
final class LearnerState {

    double ability;
    long answers;
    int successes;
    int failures;
    double recent;
    double last;
    final Map<String, SkillState> skills = new HashMap<>();

    SkillState skill(String skill) {
        return skills.get(skill);
    }
}
