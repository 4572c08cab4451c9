package org.pathwise.scorm.manifest.sequencing;

import java.util.List;

/**
 * A pre-condition, exit-condition or post-condition rule.
 *
 * @param type when the rule is evaluated
 * @param conditionCombination "all" (default) or "any"
 * @param conditions the conditions combined
 * @param action e.g. skip, disabled, hiddenFromChoice, stopForwardTraversal, exitParent, exitAll, retry, retryAll,
 *     continue, previous, exit
 */
public record SequencingRule(Type type, String conditionCombination, List<RuleCondition> conditions, String action) {

    /** When a rule is evaluated. */
    public enum Type {
        PRE_CONDITION,
        EXIT_CONDITION,
        POST_CONDITION
    }

    public SequencingRule {
        conditions = List.copyOf(conditions);
    }
}
