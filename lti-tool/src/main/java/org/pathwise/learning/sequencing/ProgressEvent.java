package org.pathwise.learning.sequencing;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing a learner did with a module, as read from an xAPI statement.
 *
 * @param learnerId who
 * @param moduleId the module (activity id of a SCO, AU or item)
 * @param kind what
 * @param timestamp when
 * @param registration the xAPI registration (attempt), or {@code null}
 */
public record ProgressEvent(
        String learnerId, String moduleId, ProgressKind kind, Instant timestamp, String registration) {

    public ProgressEvent {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
