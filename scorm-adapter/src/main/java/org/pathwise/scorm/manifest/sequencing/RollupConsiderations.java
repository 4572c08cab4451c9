package org.pathwise.scorm.manifest.sequencing;

import java.util.Set;

/**
 * {@code adlseq:rollupConsiderations} (SCORM 2004 3rd/4th Edition SN): when a child takes part in its parent's rollup
 * for each kind of rollup action. Each {@code requiredFor...} is {@code always}, {@code ifAttempted},
 * {@code ifNotSkipped} or {@code ifNotSuspended}.
 *
 * @param measureSatisfactionIfActive whether an active (not yet ended) activity's measure may decide its satisfaction
 */
public record RollupConsiderations(
        String requiredForSatisfied,
        String requiredForNotSatisfied,
        String requiredForCompleted,
        String requiredForIncomplete,
        boolean measureSatisfactionIfActive) {

    public static final String ALWAYS = "always";
    public static final Set<String> VALUES = Set.of(ALWAYS, "ifAttempted", "ifNotSkipped", "ifNotSuspended");

    public static final RollupConsiderations DEFAULT = new RollupConsiderations(ALWAYS, ALWAYS, ALWAYS, ALWAYS, true);

    /** The consideration for a rollup action (satisfied, notSatisfied, completed, incomplete). */
    public String requiredFor(String action) {
        return switch (action) {
            case "satisfied" -> requiredForSatisfied;
            case "notSatisfied" -> requiredForNotSatisfied;
            case "completed" -> requiredForCompleted;
            case "incomplete" -> requiredForIncomplete;
            default -> ALWAYS;
        };
    }
}
