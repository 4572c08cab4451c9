package org.pathwise.scorm.xapi;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Who, where and when for the statements of one event.
 *
 * @param homePage the tool's URL, the actor account's home page
 * @param learnerId the pseudonymous learner id, the actor account's name (no personal data in the actor)
 * @param activities the SCO's activity IRIs
 * @param attemptId the attempt, also the statements' registration
 * @param timestamp when the event happened
 * @param eventKey unique per event (e.g. launch id + commit sequence): statement ids are derived from it, so a
 *     retried event yields the same ids and an LRS stores it once
 */
public record StatementContext(
        String homePage,
        String learnerId,
        ScormActivities activities,
        UUID attemptId,
        Instant timestamp,
        String eventKey) {

    public StatementContext {
        Objects.requireNonNull(homePage, "homePage");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(activities, "activities");
        Objects.requireNonNull(attemptId, "attemptId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(eventKey, "eventKey");
    }
}
