package org.pathwise.pathways.plan;

import java.util.List;

/**
 * A learner's plan on a pathway as the API and the page show it.
 *
 * @param pathwayId the pathway
 * @param pathwayTitle its title
 * @param learnerId for whom
 * @param complete nothing is left to do
 * @param next what to do now (null when complete)
 * @param remainder the steps after it, in order
 * @param skipped the steps left out
 * @param done the steps done
 * @param mastery estimated mastery per competency of the pathway
 * @param flags at-risk flags (instructor views only; empty for learners)
 * @param completion share of the pathway's steps done or rightly skipped, 0 to 1
 */
public record PlanView(
        String pathwayId,
        String pathwayTitle,
        String learnerId,
        boolean complete,
        Step next,
        List<Step> remainder,
        List<Step> skipped,
        List<Step> done,
        List<Mastery> mastery,
        List<Flag> flags,
        double completion) {

    /**
     * One step and why it is where it is.
     *
     * @param unitId the library unit (null for the pathway-complete decision)
     * @param title its title
     * @param reason the reason code ({@link org.pathwise.learning.sequencing.ReasonCode})
     * @param sentence the reason in plain words
     * @param launchUrl where the learner starts it ({@code /play/{unitId}})
     */
    public record Step(String unitId, String title, String reason, String sentence, String launchUrl) {}

    /** Mastery of one competency: probability, whether it reaches the threshold, how many answers back it. */
    public record Mastery(String competencyId, String name, double mastery, boolean mastered, int evidence) {}

    /** An at-risk flag with its instructor-readable reason. */
    public record Flag(String code, String sentence) {}
}
