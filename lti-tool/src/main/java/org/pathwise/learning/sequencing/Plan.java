package org.pathwise.learning.sequencing;

import java.util.List;

/**
 * The sequencer's answer for one learner on one pathway.
 *
 * @param next what to do now (reason {@link ReasonCode#PATHWAY_COMPLETE} with no module when nothing is left)
 * @param remainder the steps after it, in order, each with why it is there
 * @param skipped steps left out, each with why
 * @param upcomingReviews competencies now mastered and when each will need a review, soonest first
 * @param finished the item banks the learner finished, each with why the test ended
 */
public record Plan(
        Decision next,
        List<Decision> remainder,
        List<Decision> skipped,
        List<ScheduledReview> upcomingReviews,
        List<Decision> finished) {

    public Plan {
        remainder = List.copyOf(remainder);
        skipped = List.copyOf(skipped);
        upcomingReviews = List.copyOf(upcomingReviews);
        finished = List.copyOf(finished);
    }

    /** Why the finished item bank {@code stepId} ended, when it is one. */
    public java.util.Optional<Decision> finished(String stepId) {
        return finished.stream().filter(d -> d.stepId().equals(stepId)).findFirst();
    }

    public boolean isComplete() {
        return next.reason() == ReasonCode.PATHWAY_COMPLETE;
    }
}
