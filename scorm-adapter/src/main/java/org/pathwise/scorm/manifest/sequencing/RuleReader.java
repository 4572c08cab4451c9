package org.pathwise.scorm.manifest.sequencing;

import static org.pathwise.scorm.manifest.sequencing.SequencingReader.SS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pathwise.scorm.pkg.xml.XmlElement;
import org.pathwise.scorm.pkg.xml.XmlValues;

/** Reads {@code imsss:sequencingRules} and {@code imsss:rollupRules}. */
final class RuleReader {

    private static final Map<String, SequencingRule.Type> RULE_TYPES = Map.of(
            "preConditionRule", SequencingRule.Type.PRE_CONDITION,
            "exitConditionRule", SequencingRule.Type.EXIT_CONDITION,
            "postConditionRule", SequencingRule.Type.POST_CONDITION);

    private final XmlValues values;

    RuleReader(XmlValues values) {
        this.values = values;
    }

    List<SequencingRule> sequencingRules(XmlElement sequencing) {
        List<SequencingRule> rules = new ArrayList<>();
        sequencing.child(SS, "sequencingRules").ifPresent(container -> {
            for (XmlElement rule : container.children()) {
                SequencingRule.Type type = RULE_TYPES.get(rule.name());
                if (type != null && SS.test(rule.namespace())) {
                    rules.add(sequencingRule(type, rule));
                }
            }
        });
        return rules;
    }

    private SequencingRule sequencingRule(SequencingRule.Type type, XmlElement rule) {
        XmlElement conditions = rule.child(SS, "ruleConditions")
                .orElseThrow(() -> values.invalid(rule, "<imsss:" + rule.name() + "> has no <imsss:ruleConditions>"));
        XmlElement action = rule.child(SS, "ruleAction")
                .orElseThrow(() -> values.invalid(rule, "<imsss:" + rule.name() + "> has no <imsss:ruleAction>"));
        return new SequencingRule(
                type,
                conditions.attribute("conditionCombination").orElse("all"),
                conditions.children(SS, "ruleCondition").stream()
                        .map(this::condition)
                        .toList(),
                values.required(action, "action"));
    }

    private RuleCondition condition(XmlElement c) {
        return new RuleCondition(
                values.required(c, "condition"),
                c.attribute("operator").map("not"::equals).orElse(false),
                c.attribute("referencedObjective").orElse(null),
                values.decimal(c, "measureThreshold", c.attribute("measureThreshold"))
                        .orElse(null));
    }

    RollupRules rollupRules(XmlElement e) {
        return new RollupRules(
                values.bool(e, "rollupObjectiveSatisfied", true),
                values.bool(e, "rollupProgressCompletion", true),
                values.decimal(e, "objectiveMeasureWeight", e.attribute("objectiveMeasureWeight"))
                        .orElse(BigDecimal.ONE),
                e.children(SS, "rollupRule").stream().map(this::rollupRule).toList());
    }

    private RollupRule rollupRule(XmlElement r) {
        XmlElement conditions = r.child(SS, "rollupConditions")
                .orElseThrow(() -> values.invalid(r, "<imsss:rollupRule> has no <imsss:rollupConditions>"));
        XmlElement action = r.child(SS, "rollupAction")
                .orElseThrow(() -> values.invalid(r, "<imsss:rollupRule> has no <imsss:rollupAction>"));
        return new RollupRule(
                r.attribute("childActivitySet").orElse("all"),
                values.integer(r, "minimumCount").orElse(0),
                values.decimal(r, "minimumPercent", r.attribute("minimumPercent"))
                        .orElse(BigDecimal.ZERO),
                conditions.attribute("conditionCombination").orElse("any"),
                conditions.children(SS, "rollupCondition").stream()
                        .map(this::condition)
                        .toList(),
                values.required(action, "action"));
    }
}
