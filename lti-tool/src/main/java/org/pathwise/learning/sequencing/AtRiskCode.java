package org.pathwise.learning.sequencing;

/** Why a learner is flagged at risk; each has an instructor-readable sentence in {@code messages}. */
public enum AtRiskCode {
    /** No activity for longer than the configured period. */
    INACTIVE,
    /** Failed the same module the configured number of times without passing it. */
    REPEATED_FAILURE,
    /** Low predicted mastery and more remaining work than the time left before the pathway's due date allows. */
    BEHIND_SCHEDULE
}
