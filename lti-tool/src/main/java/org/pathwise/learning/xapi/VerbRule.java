package org.pathwise.learning.xapi;

import java.util.Map;
import org.pathwise.learning.sequencing.ProgressKind;

/**
 * How a verb counts: whether it is evidence for the learner model, where its score comes from, and what progress it
 * records. The mapping table, also in {@code package-info}.
 */
enum VerbRule {
    /** answered: evidence when the result has a score or success; counts an answer. */
    ANSWERED(Evidence.FROM_RESULT, ProgressKind.ANSWERED),
    /** passed, mastered: evidence of success (score 1); the module is passed. */
    PASSED(Evidence.SUCCESS, ProgressKind.PASSED),
    /** failed: evidence of failure (score 0); counts a failure. */
    FAILED(Evidence.FAILURE, ProgressKind.FAILED),
    /** completed: the module is completed; evidence only when the result has a score or success. */
    COMPLETED(Evidence.FROM_RESULT, ProgressKind.COMPLETED),
    /** scored: evidence when the result has a score. */
    SCORED(Evidence.FROM_RESULT, ProgressKind.ACTIVITY),
    /** cmi5 satisfied and waived: the module's moveOn is met; no evidence. */
    SATISFIED(Evidence.NONE, ProgressKind.SATISFIED),
    /** Every other verb (experienced, launched, initialized, terminated, ...): activity only. */
    ACTIVITY(Evidence.NONE, ProgressKind.ACTIVITY);

    /** Where the evidence score comes from. */
    enum Evidence {
        NONE,
        SUCCESS,
        FAILURE,
        FROM_RESULT
    }

    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private static final String ADL = "http://adlnet.gov/expapi/verbs/";
    private static final String ADL_W3ID = "https://w3id.org/xapi/adl/verbs/";
    private static final Map<String, VerbRule> BY_VERB = Map.of(
            ADL + "answered", ANSWERED,
            ADL + "passed", PASSED,
            ADL + "mastered", PASSED,
            ADL + "failed", FAILED,
            ADL + "completed", COMPLETED,
            ADL + "scored", SCORED,
            ADL_W3ID + "satisfied", SATISFIED,
            ADL_W3ID + "waived", SATISFIED);

    final Evidence evidence;
    final ProgressKind progress;

    VerbRule(Evidence evidence, ProgressKind progress) {
        this.evidence = evidence;
        this.progress = progress;
    }

    static VerbRule of(String verbId) {
        return BY_VERB.getOrDefault(verbId, ACTIVITY);
    }
}
