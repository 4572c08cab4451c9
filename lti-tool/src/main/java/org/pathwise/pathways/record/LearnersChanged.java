package org.pathwise.pathways.record;

import java.util.Set;

/** CDI event: new statements of these learners were read from the LRS (their mastery and grades may change). */
public record LearnersChanged(Set<String> learnerIds) {
    public LearnersChanged {
        learnerIds = Set.copyOf(learnerIds);
    }
}
