package org.pathwise.player.cmi5;

import java.util.List;

/**
 * A registration as the learner's pages and instructors see it.
 *
 * @param aus every AU in course order with what is known of it and whether it met its moveOn
 * @param satisfied publisher ids of the satisfied blocks and course
 */
public record RegistrationView(
        String registration,
        String packageId,
        String learnerId,
        List<AuView> aus,
        List<String> satisfied,
        boolean courseSatisfied,
        List<SessionView> sessions) {

    /** One AU. */
    public record AuView(
            String unitId,
            String publisherId,
            String activityId,
            String title,
            String moveOn,
            boolean completed,
            boolean passed,
            boolean failed,
            boolean waived,
            boolean moveOnMet) {}

    /** One launch session. */
    public record SessionView(String sessionId, String unitId, String launchMode, String outcome, boolean fetched) {}
}
