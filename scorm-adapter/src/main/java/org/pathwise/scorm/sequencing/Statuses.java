package org.pathwise.scorm.sequencing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.pathwise.scorm.manifest.sequencing.MapInfo;
import org.pathwise.scorm.manifest.sequencing.Objective;
import org.pathwise.scorm.manifest.sequencing.RuleCondition;
import org.pathwise.scorm.manifest.sequencing.SequencingRule;
import org.pathwise.scorm.sequencing.SequencingState.ObjectiveStatus;
import org.pathwise.scorm.sequencing.SequencingState.Tracking;

/**
 * Reads and writes objective status through global objectives (IMS SS mapInfo) and evaluates rule conditions. A
 * mapped objective with {@code readSatisfiedStatus}/{@code readNormalizedMeasure} takes the global's value when the
 * global is known; local writes are copied to every global mapped with the write flags.
 */
final class Statuses {

    private final SequencingState state;

    Statuses(SequencingState state) {
        this.state = state;
    }

    Boolean satisfied(Activity a, Optional<Objective> objective) {
        for (MapInfo m : maps(objective)) {
            ObjectiveStatus g = state.globals.get(m.targetObjectiveId());
            if (m.readSatisfiedStatus() && g != null && g.satisfied != null) {
                return g.satisfied;
            }
        }
        return local(a, objective).satisfied;
    }

    BigDecimal measure(Activity a, Optional<Objective> objective) {
        for (MapInfo m : maps(objective)) {
            ObjectiveStatus g = state.globals.get(m.targetObjectiveId());
            if (m.readNormalizedMeasure() && g != null && g.measure != null) {
                return g.measure;
            }
        }
        return local(a, objective).measure;
    }

    Boolean satisfied(Activity a) {
        return satisfied(a, a.primaryObjective());
    }

    BigDecimal measure(Activity a) {
        return measure(a, a.primaryObjective());
    }

    /** Sets an objective's local status and writes it to the globals it maps to. Null values are not written. */
    void set(Activity a, Optional<Objective> objective, Boolean satisfied, BigDecimal measure) {
        ObjectiveStatus local = local(a, objective);
        local.satisfied = satisfied;
        local.measure = measure;
        for (MapInfo m : maps(objective)) {
            if (m.writeSatisfiedStatus() && satisfied != null) {
                state.globals.computeIfAbsent(m.targetObjectiveId(), k -> new ObjectiveStatus()).satisfied = satisfied;
            }
            if (m.writeNormalizedMeasure() && measure != null) {
                state.globals.computeIfAbsent(m.targetObjectiveId(), k -> new ObjectiveStatus()).measure = measure;
            }
        }
    }

    private ObjectiveStatus local(Activity a, Optional<Objective> objective) {
        return state.tracking(a.id()).objective(a.objectiveKey(objective.orElse(null)));
    }

    private static List<MapInfo> maps(Optional<Objective> objective) {
        return objective.map(Objective::mapInfo).orElse(List.of());
    }

    boolean attemptLimitExceeded(Activity a) {
        Integer limit = a.attemptLimit();
        return limit != null && state.tracking(a.id()).attemptCount >= limit;
    }

    Tristate condition(Activity a, RuleCondition c) {
        Optional<Objective> objective = a.objective(c.referencedObjective());
        Tracking t = state.tracking(a.id());
        Tristate value =
                switch (c.condition()) {
                    case "satisfied" -> Tristate.of(satisfied(a, objective));
                    case "objectiveStatusKnown" -> Tristate.of(satisfied(a, objective) != null);
                    case "objectiveMeasureKnown" -> Tristate.of(measure(a, objective) != null);
                    case "objectiveMeasureGreaterThan" -> compare(measure(a, objective), c.measureThreshold(), 1);
                    case "objectiveMeasureLessThan" -> compare(measure(a, objective), c.measureThreshold(), -1);
                    case "completed" -> Tristate.of(t.completed);
                    case "activityProgressKnown" -> Tristate.of(t.completed != null);
                    case "attempted" -> Tristate.of(t.attemptCount > 0);
                    case "attemptLimitExceeded" -> Tristate.of(attemptLimitExceeded(a));
                    case "always" -> Tristate.TRUE;
                    // time limits and available time ranges are not tracked: never exceeded
                    default -> Tristate.FALSE;
                };
        return c.negated() ? value.not() : value;
    }

    private static Tristate compare(BigDecimal measure, BigDecimal threshold, int sign) {
        if (measure == null || threshold == null) {
            return Tristate.UNKNOWN;
        }
        return Tristate.of(measure.compareTo(threshold) * sign > 0);
    }

    boolean fires(Activity a, SequencingRule rule) {
        return Tristate.combine(
                        rule.conditionCombination(),
                        rule.conditions().stream().map(c -> condition(a, c)).toList())
                == Tristate.TRUE;
    }

    /** The action of the first rule of a type whose conditions hold, else null. */
    String firstAction(Activity a, SequencingRule.Type type) {
        return a.rules(type).stream()
                .filter(r -> fires(a, r))
                .map(SequencingRule::action)
                .findFirst()
                .orElse(null);
    }

    /** Whether a pre-condition rule with this action holds. */
    boolean precondition(Activity a, String action) {
        return a.rules(SequencingRule.Type.PRE_CONDITION).stream()
                .anyMatch(r -> r.action().equals(action) && fires(a, r));
    }
}
