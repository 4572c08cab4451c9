package org.pathwise.scorm.manifest.sequencing;

import java.math.BigDecimal;
import java.util.List;

/** {@code imsss:rollupRules}: whether this activity contributes to its parent's rollup, and its own rules. */
public record RollupRules(
        boolean rollupObjectiveSatisfied,
        boolean rollupProgressCompletion,
        BigDecimal objectiveMeasureWeight,
        List<RollupRule> rules) {

    public RollupRules {
        rules = List.copyOf(rules);
    }
}
