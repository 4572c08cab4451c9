package org.pathwise.learning.sequencing;

/** Why the sequencer placed, skipped or chose a step; each has a learner-readable sentence in {@code messages}. */
public enum ReasonCode {
    /** The next step in pathway order. */
    NEXT_IN_PATHWAY,
    /** An instructor pinned the step: it must be done, at this position. */
    PINNED,
    /** An instructor set this step first in the order. */
    ORDERED_BY_INSTRUCTOR,
    /** An instructor chose this step as this learner's next. */
    LEARNER_OVERRIDE,
    /** An instructor removed the step from the pathway. */
    SKIPPED_BY_INSTRUCTOR,
    /** Every competency of the step is mastered. */
    MASTERED,
    /** A passed pre-test covers every competency of the step. */
    TESTED_OUT,
    /** Optional practice skipped: ability well above its difficulty. */
    ACCELERATED,
    /** Kept in its package's order, which the package enforces (no skipping, no reordering). */
    FORCED_SEQUENTIAL,
    /** Started but its moveOn criterion is not met yet. */
    MOVE_ON_NOT_MET,
    /** Review of a prerequisite competency after wrong answers on it. */
    PREREQUISITE_REVIEW_WRONG_ANSWERS,
    /** Review of a weak prerequisite competency while the learner struggles on the step that needs it. */
    PREREQUISITE_REVIEW_LOW_MASTERY,
    /** Spaced review of a competency once mastered whose mastery decayed below the threshold. */
    SPACED_REVIEW,
    /** The item of an item bank that tells most about the learner (maximum Fisher information). */
    ADAPTIVE_ITEM,
    /** An item bank (done) ended because the standard error of the learner's ability estimate reached its target. */
    ITEM_BANK_PRECISE,
    /** An item bank (done) ended because the learner answered its maximum of items. */
    ITEM_BANK_MAX_ITEMS,
    /** Nothing left to do. */
    PATHWAY_COMPLETE
}
