package org.pathwise.scorm.manifest.sequencing;

import java.math.BigDecimal;

/**
 * One {@code imsss:ruleCondition}.
 *
 * @param condition e.g. satisfied, completed, attempted, activityProgressKnown, always
 * @param negated operator="not"
 * @param referencedObjective the objective the condition reads, null for the primary objective
 * @param measureThreshold for objectiveMeasureGreaterThan/LessThan, null otherwise
 */
public record RuleCondition(
        String condition, boolean negated, String referencedObjective, BigDecimal measureThreshold) {}
