package org.pathwise.learning.content;

/** What a module is for, which decides the rules the sequencer may apply to it. */
public enum ModuleKind {
    /** Teaches; skipped only when its competencies are mastered. */
    LESSON,
    /** Optional practice: also skipped when the learner's ability is well above its difficulty. */
    PRACTICE,
    /** A pre-test: passing it tests the learner out of the modules whose competencies it covers. */
    PRE_TEST,
    /** A graded assessment. */
    ASSESSMENT,
    /** One assessment item (an xAPI interaction), usually part of an item bank. */
    ITEM
}
