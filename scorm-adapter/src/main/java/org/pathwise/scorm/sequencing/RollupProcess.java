package org.pathwise.scorm.sequencing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.pathwise.scorm.manifest.sequencing.Objective;
import org.pathwise.scorm.manifest.sequencing.RollupRule;
import org.pathwise.scorm.manifest.sequencing.RuleCondition;

/**
 * IMS SS rollup (RB.1): measure rollup weighted by {@code objectiveMeasureWeight}, objective rollup by measure or by
 * rollup rules (the default rules when none are declared), and progress rollup by rules. Children contribute only
 * when tracked and when their {@code rollupObjectiveSatisfied}/{@code rollupProgressCompletion} allows it, and to each
 * rule only when their {@code adlseq:rollupConsiderations} for the rule's action allow it (Check Child for Rollup,
 * RB.1.4.2: {@code ifAttempted} — progress known and attempted at least once, {@code ifNotSkipped} — no skip
 * pre-condition rule holds, {@code ifNotSuspended} — progress known and not attempted-and-suspended). A cluster's status is recomputed from its children on each
 * rollup; an active cluster with {@code measureSatisfactionIfActive="false"} is not judged by its measure.
 */
final class RollupProcess {

    private static final List<RollupRule> DEFAULT_OBJECTIVE_RULES =
            List.of(rule("all", "objectiveStatusKnown", "notSatisfied"), rule("all", "satisfied", "satisfied"));
    private static final List<RollupRule> DEFAULT_PROGRESS_RULES =
            List.of(rule("all", "activityProgressKnown", "incomplete"), rule("all", "completed", "completed"));

    private final SequencingState state;
    private final Statuses statuses;
    private final Children children;

    /** The current delivery order of a cluster's children. */
    interface Children {
        List<Activity> of(Activity cluster);
    }

    RollupProcess(SequencingState state, Statuses statuses, Children children) {
        this.state = state;
        this.statuses = statuses;
        this.children = children;
    }

    private static RollupRule rule(String set, String condition, String action) {
        return new RollupRule(
                set, 0, BigDecimal.ZERO, "any", List.of(new RuleCondition(condition, false, null, null)), action);
    }

    /**
     * Rolls the whole tree up, leaves first. Repeated until stable (at most a few rounds) because a cluster may read a
     * global objective that another cluster writes later in the same pass.
     */
    void rollupAll(Activity root) {
        for (int round = 0; round < 4; round++) {
            String before = snapshot(root);
            rollup(root);
            if (before.equals(snapshot(root))) {
                return;
            }
        }
    }

    private String snapshot(Activity a) {
        StringBuilder sb = new StringBuilder();
        appendStatus(a, sb);
        return sb.toString();
    }

    private void appendStatus(Activity a, StringBuilder sb) {
        sb.append(a.id())
                .append(statuses.satisfied(a))
                .append(statuses.measure(a))
                .append(state.tracking(a.id()).completed)
                .append(';');
        a.children().forEach(c -> appendStatus(c, sb));
    }

    private void rollup(Activity a) {
        if (a.isLeaf()) {
            return;
        }
        List<Activity> kids = children.of(a);
        kids.forEach(this::rollup);
        List<Activity> tracked =
                kids.stream().filter(c -> c.deliveryControls().tracked()).toList();

        BigDecimal measure = measure(tracked);
        Objective primary = a.primaryObjective().orElse(null);
        Boolean satisfied;
        boolean byMeasure = primary != null && primary.satisfiedByMeasure();
        if (byMeasure
                && state.tracking(a.id()).active
                && !a.rollupConsiderations().measureSatisfactionIfActive()) {
            satisfied = null;
        } else if (byMeasure && measure != null) {
            satisfied = measure.compareTo(primary.minNormalizedMeasure()) >= 0;
        } else {
            List<Activity> contributing = tracked.stream()
                    .filter(c -> c.rollupRules().rollupObjectiveSatisfied())
                    .toList();
            satisfied = byRules(a, contributing, Set.of("satisfied", "notSatisfied"), DEFAULT_OBJECTIVE_RULES);
        }
        statuses.set(a, a.primaryObjective(), satisfied, measure);

        List<Activity> progressing = tracked.stream()
                .filter(c -> c.rollupRules().rollupProgressCompletion())
                .toList();
        state.tracking(a.id()).completed =
                byRules(a, progressing, Set.of("completed", "incomplete"), DEFAULT_PROGRESS_RULES);
    }

    /** Weighted average of the children's measures; unknown when no weighted child has a measure. */
    private BigDecimal measure(List<Activity> tracked) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        boolean known = false;
        for (Activity c : tracked) {
            BigDecimal w = c.rollupRules().objectiveMeasureWeight();
            if (w.signum() <= 0) {
                continue;
            }
            weights = weights.add(w);
            BigDecimal m = statuses.measure(c);
            if (m != null) {
                known = true;
                total = total.add(m.multiply(w));
            }
        }
        return known && weights.signum() > 0 ? total.divide(weights, MathContext.DECIMAL64) : null;
    }

    /**
     * Evaluates the negative rules (notSatisfied / incomplete) first, then the positive ones, which win. Returns null
     * (unknown) when no rule holds.
     */
    private Boolean byRules(Activity a, List<Activity> contributing, Set<String> actions, List<RollupRule> defaults) {
        List<RollupRule> declared = a.rollupRules().rules().stream()
                .filter(r -> actions.contains(r.action()))
                .toList();
        List<RollupRule> rules = declared.isEmpty() ? defaults : declared;
        Boolean result = null;
        for (RollupRule r : rules) {
            if (isNegative(r.action()) && holds(r, considered(contributing, r.action()))) {
                result = false;
            }
        }
        for (RollupRule r : rules) {
            if (!isNegative(r.action()) && holds(r, considered(contributing, r.action()))) {
                result = true;
            }
        }
        return result;
    }

    /** The children whose rollup considerations let them take part in a rule with this action. */
    private List<Activity> considered(List<Activity> kids, String action) {
        return kids.stream().filter(c -> considered(c, action)).toList();
    }

    private boolean considered(Activity child, String action) {
        int attempts = state.tracking(child.id()).attemptCount;
        boolean progressKnown = state.tracking(child.id()).completed != null;
        return switch (child.rollupConsiderations().requiredFor(action)) {
            case "ifAttempted" -> progressKnown && attempts > 0;
            case "ifNotSkipped" -> !statuses.precondition(child, "skip");
            case "ifNotSuspended" -> progressKnown && !(attempts > 0 && suspended(child));
            default -> true;
        };
    }

    /** Suspended: the session was suspended (suspendAll) with this activity current or one of its ancestors. */
    private boolean suspended(Activity a) {
        if (!state.suspended || state.current == null) {
            return false;
        }
        return a.id().equals(state.current) || isAncestorOfCurrent(a);
    }

    private boolean isAncestorOfCurrent(Activity a) {
        for (Activity c : a.children()) {
            if (c.id().equals(state.current) || isAncestorOfCurrent(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNegative(String action) {
        return action.equals("notSatisfied") || action.equals("incomplete");
    }

    private boolean holds(RollupRule rule, List<Activity> kids) {
        if (kids.isEmpty()) {
            return false;
        }
        List<Tristate> values = kids.stream()
                .map(c -> Tristate.combine(
                        rule.conditionCombination(),
                        rule.conditions().stream()
                                .map(cond -> statuses.condition(c, rollupCondition(cond)))
                                .toList()))
                .toList();
        long trues = values.stream().filter(v -> v == Tristate.TRUE).count();
        Predicate<Tristate> isFalse = v -> v == Tristate.FALSE;
        return switch (rule.childActivitySet()) {
            case "any" -> trues > 0;
            case "none" -> values.stream().allMatch(isFalse);
            case "atLeastCount" -> trues >= rule.minimumCount();
            case "atLeastPercent" ->
                BigDecimal.valueOf(trues)
                                .divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64)
                                .compareTo(rule.minimumPercent())
                        >= 0;
            default -> trues == values.size();
        };
    }

    /** Rollup conditions read the child's primary objective. */
    private static RuleCondition rollupCondition(RuleCondition c) {
        return c.referencedObjective() == null
                ? c
                : new RuleCondition(c.condition(), c.negated(), null, c.measureThreshold());
    }
}
