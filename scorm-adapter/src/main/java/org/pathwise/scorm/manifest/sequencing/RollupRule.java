package org.pathwise.scorm.manifest.sequencing;

import java.math.BigDecimal;
import java.util.List;

/**
 * One {@code imsss:rollupRule}.
 *
 * @param childActivitySet all (default), any, none, atLeastCount, atLeastPercent
 * @param minimumCount for atLeastCount
 * @param minimumPercent for atLeastPercent, 0..1
 * @param conditionCombination "any" (the rollup default) or "all"
 * @param conditions e.g. satisfied, completed, attempted, each possibly negated
 * @param action satisfied, notSatisfied, completed, incomplete
 */
public record RollupRule(
        String childActivitySet,
        int minimumCount,
        BigDecimal minimumPercent,
        String conditionCombination,
        List<RuleCondition> conditions,
        String action) {

    public RollupRule {
        conditions = List.copyOf(conditions);
    }
}
