package org.pathwise.learning.sequencing;

/** What a learner did with a module, as far as being done with it is concerned. */
public enum ProgressKind {
    /** Any activity (launched, initialized, experienced, ...): only keeps the learner active. */
    ACTIVITY,
    /** Answered an item (counts towards an item bank's length). */
    ANSWERED,
    COMPLETED,
    PASSED,
    FAILED,
    /** cmi5 satisfied or waived: the module's moveOn is met whatever else happened. */
    SATISFIED
}
