package org.pathwise.scorm.sequencing;

import java.util.List;

/** The three-valued logic of IMS SS rule evaluation: a condition on an unknown status is unknown, not false. */
enum Tristate {
    TRUE,
    FALSE,
    UNKNOWN;

    static Tristate of(Boolean value) {
        return value == null ? UNKNOWN : value ? TRUE : FALSE;
    }

    Tristate not() {
        return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
    }

    /** "all": false if any is false, true if all are true, else unknown. "any": the dual. */
    static Tristate combine(String combination, List<Tristate> values) {
        if ("any".equals(combination)) {
            if (values.contains(TRUE)) {
                return TRUE;
            }
            return values.stream().allMatch(v -> v == FALSE) ? FALSE : UNKNOWN;
        }
        if (values.contains(FALSE)) {
            return FALSE;
        }
        return !values.isEmpty() && values.stream().allMatch(v -> v == TRUE) ? TRUE : UNKNOWN;
    }
}
