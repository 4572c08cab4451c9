package org.pathwise.learning.sequencing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one learner did with each module (an immutable snapshot; {@link #apply} returns the next one).
 *
 * @param learnerId who
 * @param modules progress per module id
 * @param lastActivity the learner's latest event on any module, or {@code null}
 */
public record LearnerProgress(String learnerId, Map<String, ModuleProgress> modules, Instant lastActivity) {

    public LearnerProgress {
        Objects.requireNonNull(learnerId, "learnerId");
        modules = Map.copyOf(modules);
    }

    public static LearnerProgress empty(String learnerId) {
        return new LearnerProgress(learnerId, Map.of(), null);
    }

    public ModuleProgress of(String moduleId) {
        return modules.getOrDefault(moduleId, ModuleProgress.NONE);
    }

    /** This progress after one more event of the same learner. */
    public LearnerProgress apply(ProgressEvent event) {
        if (!event.learnerId().equals(learnerId)) {
            throw new IllegalArgumentException("event of " + event.learnerId() + " applied to " + learnerId);
        }
        Map<String, ModuleProgress> next = new HashMap<>(modules);
        next.put(event.moduleId(), of(event.moduleId()).apply(event.kind(), event.timestamp()));
        Instant last =
                lastActivity == null || event.timestamp().isAfter(lastActivity) ? event.timestamp() : lastActivity;
        return new LearnerProgress(learnerId, next, last);
    }

    /** This progress after several events, in order. */
    public LearnerProgress applyAll(Iterable<ProgressEvent> events) {
        LearnerProgress p = this;
        for (ProgressEvent e : events) {
            p = p.apply(e);
        }
        return p;
    }
}
