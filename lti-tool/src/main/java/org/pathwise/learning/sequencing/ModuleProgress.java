package org.pathwise.learning.sequencing;

import java.time.Instant;
import org.pathwise.learning.content.Module;

/**
 * How far a learner got with one module.
 *
 * @param completed a completed statement was seen
 * @param passed a passed statement was seen
 * @param satisfied cmi5 satisfied or waived was seen
 * @param failures how many failed statements
 * @param answers how many answers (for items)
 * @param lastActivity the latest event, or {@code null}
 */
public record ModuleProgress(
        boolean completed, boolean passed, boolean satisfied, int failures, int answers, Instant lastActivity) {

    public static final ModuleProgress NONE = new ModuleProgress(false, false, false, 0, 0, null);

    /** Done: satisfied, or the module's moveOn criterion met. */
    public boolean isDone(Module module) {
        return satisfied || module.moveOn().isMet(completed, passed);
    }

    /**
     * Answered, as an item of an item bank: an answer, a pass or a failure was seen (a SCORM SCO used as an item
     * reports passed or failed rather than answered).
     */
    public boolean attempted() {
        return answers > 0 || passed || failures > 0;
    }

    /** Started but not done: something happened, and moveOn is still not met. */
    public boolean isPending(Module module) {
        return lastActivity != null && !isDone(module);
    }

    ModuleProgress apply(ProgressKind kind, Instant at) {
        Instant last = lastActivity == null || at.isAfter(lastActivity) ? at : lastActivity;
        return new ModuleProgress(
                completed || kind == ProgressKind.COMPLETED,
                passed || kind == ProgressKind.PASSED,
                satisfied || kind == ProgressKind.SATISFIED,
                failures + (kind == ProgressKind.FAILED ? 1 : 0),
                answers + (kind == ProgressKind.ANSWERED ? 1 : 0),
                last);
    }
}
