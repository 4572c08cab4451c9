package org.pathwise.scorm.manifest.sequencing;

import java.util.List;
import java.util.Optional;

/**
 * The sequencing of one activity (item or organization), or an entry of {@code imsss:sequencingCollection}. A null
 * component was not declared; the {@code effective...} accessors apply the IMS SS defaults.
 *
 * @param id the ID of a collection entry, null on items
 * @param idRef the collection entry this sequencing extends, null when none
 */
public record Sequencing(
        String id,
        String idRef,
        ControlMode controlMode,
        List<SequencingRule> rules,
        RollupRules rollupRules,
        List<Objective> objectives,
        LimitConditions limitConditions,
        DeliveryControls deliveryControls,
        RandomizationControls randomizationControls,
        RollupConsiderations rollupConsiderations) {

    public Sequencing {
        rules = List.copyOf(rules);
        objectives = List.copyOf(objectives);
    }

    public ControlMode effectiveControlMode() {
        return controlMode == null ? ControlMode.DEFAULT : controlMode;
    }

    public RollupConsiderations effectiveRollupConsiderations() {
        return rollupConsiderations == null ? RollupConsiderations.DEFAULT : rollupConsiderations;
    }

    public DeliveryControls effectiveDeliveryControls() {
        return deliveryControls == null ? DeliveryControls.DEFAULT : deliveryControls;
    }

    public Optional<Objective> primaryObjective() {
        return objectives.stream().filter(Objective::primary).findFirst();
    }

    public List<SequencingRule> rules(SequencingRule.Type type) {
        return rules.stream().filter(r -> r.type() == type).toList();
    }

    /**
     * This (an item's own) sequencing laid over the collection entry it references: each component declared here
     * wins, the others come from {@code base}.
     */
    public Sequencing over(Sequencing base) {
        return new Sequencing(
                null,
                idRef,
                controlMode != null ? controlMode : base.controlMode,
                !rules.isEmpty() ? rules : base.rules,
                rollupRules != null ? rollupRules : base.rollupRules,
                !objectives.isEmpty() ? objectives : base.objectives,
                limitConditions != null ? limitConditions : base.limitConditions,
                deliveryControls != null ? deliveryControls : base.deliveryControls,
                randomizationControls != null ? randomizationControls : base.randomizationControls,
                rollupConsiderations != null ? rollupConsiderations : base.rollupConsiderations);
    }
}
