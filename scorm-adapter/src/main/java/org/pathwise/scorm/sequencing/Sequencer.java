package org.pathwise.scorm.sequencing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.pathwise.scorm.manifest.sequencing.Objective;
import org.pathwise.scorm.manifest.sequencing.RandomizationControls;
import org.pathwise.scorm.manifest.sequencing.SequencingRule;
import org.pathwise.scorm.runtime.Judgement;
import org.pathwise.scorm.sequencing.NavRequest.Type;
import org.pathwise.scorm.sequencing.SequencingState.Tracking;

/**
 * The sequencing engine of one learner's session on one SCORM 2004 package: it answers navigation requests (start,
 * continue, previous, choice, exit, exitAll, suspendAll) with the activity to deliver, following the IMS SS
 * behaviours the Golf sequencing examples use: control modes (choice, flow, forwardOnly, choiceExit), pre-condition
 * rules (skip, disabled, hiddenFromChoice, stopForwardTraversal), attempt limits, exit and post-condition rules
 * (exit, exitParent, exitAll, retry, retryAll, continue, previous), rollup (with adlseq rollupConsiderations),
 * global objectives, selection/randomization at the start of a cluster's attempt, and the 4th Edition jump request.
 * Not modelled: time limits (timeLimitExceeded is false), constrainChoice/preventActivation.
 *
 * <p>All state lives in the {@link SequencingState} passed in, which the caller stores between requests.
 */
public final class Sequencer {

    private final ActivityTree tree;
    private final SequencingState state;
    private final RandomGenerator random;
    private final Statuses statuses;
    private final RollupProcess rollup;

    public Sequencer(ActivityTree tree, SequencingState state, RandomGenerator random) {
        this.tree = tree;
        this.state = state;
        this.random = random;
        this.statuses = new Statuses(state);
        this.rollup = new RollupProcess(state, statuses, this::children);
    }

    public SequencingState state() {
        return state;
    }

    public ActivityTree tree() {
        return tree;
    }

    /** Starts the session (or a new one after it ended), or resumes a suspended one at its current activity. */
    public Outcome start() {
        if (state.suspended && current() != null) {
            state.suspended = false;
            return Outcome.deliver(current());
        }
        if (state.current != null && !state.ended) {
            return new Outcome(Outcome.Kind.NONE, state.current, "the session has already started");
        }
        if (state.ended) {
            state.activities.clear();
            state.globals.clear();
            state.childOrder.clear();
            state.current = null;
            state.ended = false;
        }
        Activity root = tree.root();
        randomize(root);
        List<Activity> kids = children(root);
        if (kids.isEmpty()) {
            return Outcome.refused("the organization has no activities");
        }
        Step step = enter(kids.get(0), true, true);
        return step.leaf != null ? deliver(step.leaf) : new Outcome(Outcome.Kind.NONE, null, step.reason);
    }

    /** Records what the SCO of a leaf activity reported and rolls the tree up. Untracked activities are ignored. */
    public void report(String activityId, ScoReport report) {
        Activity a =
                tree.find(activityId).orElseThrow(() -> new IllegalArgumentException("unknown activity " + activityId));
        if (!a.deliveryControls().tracked()) {
            return;
        }
        Tracking t = state.tracking(a.id());
        t.completed = switch (report.completion()) {
            case COMPLETED -> true;
            case INCOMPLETE, NOT_ATTEMPTED -> false;
            case UNKNOWN -> null;
        };
        Boolean satisfied =
                switch (report.success()) {
                    case PASSED -> true;
                    case FAILED -> false;
                    case UNKNOWN -> null;
                };
        Objective primary = a.primaryObjective().orElse(null);
        if (primary != null && primary.satisfiedByMeasure() && report.scaled() != null) {
            satisfied = report.scaled().compareTo(primary.minNormalizedMeasure()) >= 0;
        }
        statuses.set(a, a.primaryObjective(), satisfied, report.scaled());
        rollup.rollupAll(tree.root());
    }

    /**
     * Processes a navigation request. The SCO of the current activity, if any, is taken as terminated: its attempt
     * ends (unless the request is suspendAll), exit and post-condition rules run, then the request (or the one a rule
     * put in its place) decides what comes next. An invalid request is refused before anything changes.
     */
    public Outcome navigate(NavRequest request) {
        if (request.type() == Type.START || request.type() == Type.RESUME_ALL) {
            return start();
        }
        if (state.ended) {
            return Outcome.refused("the course has ended");
        }
        Activity current = current();
        if (current == null) {
            return request.type() == Type.CONTINUE ? start() : Outcome.refused("the course has not started");
        }
        String refusal = refusal(request, current);
        if (refusal != null) {
            return Outcome.refused(refusal);
        }
        if (request.type() == Type.SUSPEND_ALL) {
            state.suspended = true;
            return new Outcome(Outcome.Kind.SUSPENDED, current.id(), null);
        }
        Activity target =
                request.target() == null ? null : tree.find(request.target()).orElseThrow();
        if (request.type() == Type.JUMP) {
            // the current attempt ends (exit rules run); post-condition rules do not override a jump
            exit(current);
            return deliver(target);
        }
        return afterExit(exit(current), request, current, target);
    }

    private String refusal(NavRequest request, Activity current) {
        return switch (request.type()) {
            case CONTINUE ->
                current.parent().controlMode().flow()
                        ? null
                        : "continue is not allowed within " + current.parent().title();
            case PREVIOUS -> previousRefusal(current);
            case CHOICE -> choiceRefusal(tree.find(request.target()).orElse(null), request.target());
            case JUMP -> jumpRefusal(tree.find(request.target()).orElse(null), request.target());
            default -> null;
        };
    }

    /**
     * A jump (SCORM 2004 4th Edition, SB.2.13) goes to any leaf of the tree that is delivered in this attempt,
     * regardless of choice, flow and forwardOnly; only the delivery checks (disabled, attempt limit) apply.
     */
    private String jumpRefusal(Activity target, String id) {
        if (target == null) {
            return "there is no activity " + id;
        }
        if (!target.isLeaf()) {
            return target.title() + " is not a launchable activity: a jump needs one";
        }
        for (Activity x : target.pathFromRoot()) {
            if (x != tree.root() && !children(x.parent()).contains(x)) {
                return x.title() + " is not selected for this attempt";
            }
            if (x != tree.root() && statuses.precondition(x, "disabled")) {
                return x.title() + " is not available yet";
            }
        }
        if (statuses.attemptLimitExceeded(target)) {
            return target.title() + " has no attempts left";
        }
        return null;
    }

    /** Whether a jump to the activity would be accepted now ({@code adl.nav.request_valid.jump}). */
    public String jumpRefusal(String id) {
        return jumpRefusal(tree.find(id).orElse(null), id);
    }

    private String previousRefusal(Activity current) {
        Activity parent = current.parent();
        if (!parent.controlMode().flow()) {
            return "previous is not allowed within " + parent.title();
        }
        if (parent.controlMode().forwardOnly()) {
            return parent.title() + " is forward only";
        }
        return null;
    }

    /** The sequencing request left after exit and post-condition rules; {@code subject} is what it applies to. */
    private record Pending(String action, Activity subject) {}

    private Pending exit(Activity leaf) {
        endAttempt(leaf);
        Activity subject = leaf;
        for (Activity a : leaf.pathFromRoot()) {
            if (a != leaf
                    && state.tracking(a.id()).active
                    && "exit".equals(statuses.firstAction(a, SequencingRule.Type.EXIT_CONDITION))) {
                endSubtree(a);
                subject = a;
                break;
            }
        }
        while (true) {
            String action = statuses.firstAction(subject, SequencingRule.Type.POST_CONDITION);
            if ("exitParent".equals(action) && subject.parent() != null) {
                subject = subject.parent();
                endSubtree(subject);
                continue;
            }
            return new Pending(action, subject);
        }
    }

    private Outcome afterExit(Pending pending, NavRequest request, Activity leaf, Activity target) {
        String action = pending.action() == null ? "" : pending.action();
        switch (action) {
            case "exitAll":
                return end("an exitAll rule of " + pending.subject().title());
            case "retry":
                return retry(pending.subject());
            case "retryAll":
                return retry(tree.root());
            case "continue":
                return flow(leaf, true);
            case "previous":
                return flow(leaf, false);
            default:
                break;
        }
        if (pending.subject() == tree.root()) {
            return end("the course's attempt ended");
        }
        return switch (request.type()) {
            case CONTINUE -> flow(leaf, true);
            case PREVIOUS -> flow(leaf, false);
            case CHOICE -> choose(target);
            case EXIT_ALL, ABANDON_ALL -> end("exitAll");
            default -> new Outcome(Outcome.Kind.NONE, leaf.id(), null);
        };
    }

    private Outcome flow(Activity from, boolean forward) {
        Step step = traverse(from, forward, true);
        if (step.leaf != null) {
            return deliver(step.leaf);
        }
        if (step.end) {
            return end("the end of the course");
        }
        return new Outcome(Outcome.Kind.NONE, from.id(), step.reason);
    }

    private Outcome choose(Activity target) {
        if (target.isLeaf()) {
            return deliver(target);
        }
        Step step = enterInto(target, true);
        return step.leaf != null ? deliver(step.leaf) : new Outcome(Outcome.Kind.NONE, state.current, step.reason);
    }

    private Outcome retry(Activity subject) {
        resetSubtree(subject);
        if (subject == tree.root()) {
            state.globals.clear();
        }
        if (subject.isLeaf()) {
            return deliver(subject);
        }
        state.tracking(subject.id()).active = false;
        randomize(subject);
        Step step = enterInto(subject, true);
        return step.leaf != null ? deliver(step.leaf) : new Outcome(Outcome.Kind.NONE, state.current, step.reason);
    }

    private Outcome end(String reason) {
        tree.all().forEach(a -> state.tracking(a.id()).active = false);
        state.ended = true;
        state.suspended = false;
        rollup.rollupAll(tree.root());
        return new Outcome(Outcome.Kind.END, state.current, reason);
    }

    private Outcome deliver(Activity leaf) {
        List<Activity> path = leaf.pathFromRoot();
        for (Activity a : tree.all()) {
            if (!path.contains(a)) {
                state.tracking(a.id()).active = false;
            }
        }
        for (Activity a : path) {
            Tracking t = state.tracking(a.id());
            if (!t.active) {
                t.active = true;
                t.attemptCount++;
                if (a == leaf) {
                    t.completed = null;
                    t.objectives.clear();
                }
            }
        }
        state.current = leaf.id();
        state.suspended = false;
        rollup.rollupAll(tree.root());
        return Outcome.deliver(leaf);
    }

    private void endAttempt(Activity leaf) {
        Tracking t = state.tracking(leaf.id());
        if (leaf.deliveryControls().tracked()) {
            if (!leaf.deliveryControls().completionSetByContent() && t.completed == null) {
                t.completed = true;
            }
            if (!leaf.deliveryControls().objectiveSetByContent() && t.objective(Activity.PRIMARY).satisfied == null) {
                statuses.set(leaf, leaf.primaryObjective(), true, t.objective(Activity.PRIMARY).measure);
            }
        }
        t.active = false;
        rollup.rollupAll(tree.root());
    }

    private void endSubtree(Activity a) {
        state.tracking(a.id()).active = false;
        a.children().forEach(this::endSubtree);
    }

    /** A new attempt on a cluster starts its descendants afresh; global objectives keep their values. */
    private void resetSubtree(Activity a) {
        Tracking t = state.tracking(a.id());
        t.active = false;
        for (Activity c : a.children()) {
            Tracking ct = state.tracking(c.id());
            ct.completed = null;
            ct.objectives.clear();
            resetSubtree(c);
        }
        if (a.sequencing() != null && a.sequencing().randomizationControls() != null) {
            state.childOrder.remove(a.id());
        }
    }

    // ---- traversal -------------------------------------------------------------------------------------------

    private record Step(Activity leaf, boolean end, String reason) {
        static Step refuse(String reason) {
            return new Step(null, false, reason);
        }
    }

    /** Flow from {@code from} to the next (or previous) deliverable leaf outside its subtree. */
    private Step traverse(Activity from, boolean forward, boolean commit) {
        Activity candidate = adjacent(from, forward);
        if (candidate == null) {
            return forward ? new Step(null, true, null) : Step.refuse("this is the beginning of the course");
        }
        return enter(candidate, forward, commit);
    }

    private Step enterInto(Activity cluster, boolean commit) {
        if (commit && !state.tracking(cluster.id()).active) {
            randomize(cluster);
        }
        List<Activity> kids = children(cluster);
        if (kids.isEmpty()) {
            return Step.refuse(cluster.title() + " has no activities");
        }
        return enter(kids.get(0), true, commit);
    }

    /** Walks into {@code candidate}, applying flow control, skip/disabled/stopForwardTraversal and attempt limits. */
    private Step enter(Activity candidate, boolean forward, boolean commit) {
        while (true) {
            Activity parent = candidate.parent();
            if (!parent.controlMode().flow()) {
                return Step.refuse("flow navigation is not allowed within " + parent.title());
            }
            if (statuses.precondition(candidate, "skip")) {
                Activity next = adjacent(candidate, forward);
                if (next == null) {
                    return forward ? new Step(null, true, null) : Step.refuse("this is the beginning of the course");
                }
                candidate = next;
                continue;
            }
            if (statuses.precondition(candidate, "disabled")) {
                return Step.refuse(candidate.title() + " is not available yet");
            }
            if (statuses.attemptLimitExceeded(candidate)) {
                return Step.refuse(candidate.title() + " has no attempts left");
            }
            if (forward && statuses.precondition(candidate, "stopForwardTraversal")) {
                return Step.refuse(candidate.title() + " stops forward navigation");
            }
            if (candidate.isLeaf()) {
                return new Step(candidate, false, null);
            }
            if (commit && !state.tracking(candidate.id()).active) {
                randomize(candidate);
            }
            List<Activity> kids = children(candidate);
            if (kids.isEmpty()) {
                return Step.refuse(candidate.title() + " has no activities");
            }
            candidate = forward ? kids.get(0) : kids.get(kids.size() - 1);
        }
    }

    /** The next (previous) sibling of {@code a}, climbing to ancestors' siblings; null past the root's ends. */
    private Activity adjacent(Activity a, boolean forward) {
        for (Activity x = a; x.parent() != null; x = x.parent()) {
            List<Activity> siblings = children(x.parent());
            int i = siblings.indexOf(x);
            int j = forward ? i + 1 : i - 1;
            if (i >= 0 && j >= 0 && j < siblings.size()) {
                return siblings.get(j);
            }
        }
        return null;
    }

    /** A cluster's children in the order (and selection) of its current attempt. */
    List<Activity> children(Activity cluster) {
        List<String> order = state.childOrder.get(cluster.id());
        if (order == null) {
            return cluster.children();
        }
        return order.stream().map(id -> tree.find(id).orElseThrow()).toList();
    }

    /** Selection and randomization at the start of a cluster's attempt (IMS SS SR.1, SR.2). */
    private void randomize(Activity cluster) {
        RandomizationControls rc =
                cluster.sequencing() == null ? null : cluster.sequencing().randomizationControls();
        if (rc == null) {
            return;
        }
        boolean hasOrder = state.childOrder.containsKey(cluster.id());
        List<Activity> kids = new ArrayList<>(hasOrder ? children(cluster) : cluster.children());
        boolean changed = false;
        if (rc.selectCount() != null && rc.selectCount() < kids.size() && applies(rc.selectionTiming(), hasOrder)) {
            List<Activity> pool = new ArrayList<>(cluster.children());
            List<Activity> picked = new ArrayList<>();
            while (picked.size() < rc.selectCount()) {
                picked.add(pool.remove(random.nextInt(pool.size())));
            }
            kids = cluster.children().stream().filter(picked::contains).toList();
            changed = true;
        }
        if (rc.reorderChildren() && applies(rc.randomizationTiming(), hasOrder)) {
            kids = new ArrayList<>(kids);
            for (int i = kids.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Activity tmp = kids.get(i);
                kids.set(i, kids.get(j));
                kids.set(j, tmp);
            }
            changed = true;
        }
        if (changed) {
            state.childOrder.put(cluster.id(), kids.stream().map(Activity::id).toList());
        }
    }

    private static boolean applies(String timing, boolean alreadyOrdered) {
        return "onEachNewAttempt".equals(timing) || ("once".equals(timing) && !alreadyOrdered);
    }

    // ---- choice ----------------------------------------------------------------------------------------------

    private String choiceRefusal(Activity target, String id) {
        if (target == null) {
            return "there is no activity " + id;
        }
        if (target == tree.root()) {
            return "the course itself cannot be chosen";
        }
        for (Activity x : target.pathFromRoot()) {
            if (x == tree.root()) {
                continue;
            }
            if (!x.parent().controlMode().choice()) {
                return "choice is not allowed within " + x.parent().title();
            }
            if (!children(x.parent()).contains(x)) {
                return x.title() + " is not selected for this attempt";
            }
            if (statuses.precondition(x, "hiddenFromChoice")) {
                return x.title() + " is hidden";
            }
            if (statuses.precondition(x, "disabled")) {
                return x.title() + " is not available yet";
            }
        }
        if (statuses.attemptLimitExceeded(target)) {
            return target.title() + " has no attempts left";
        }
        Activity current = current();
        if (current != null && current != target) {
            Activity common = commonAncestor(current, target);
            if (common.controlMode().forwardOnly() && isBefore(target, current, common)) {
                return common.title() + " is forward only";
            }
            for (Activity x = current; x != common; x = x.parent()) {
                if (state.tracking(x.id()).active && !x.controlMode().choiceExit() && !x.isAncestorOf(target)) {
                    return "the learner cannot leave " + x.title() + " by choice";
                }
            }
        }
        if (!target.isLeaf()) {
            Step step = enterInto(target, false);
            if (step.leaf == null) {
                return step.reason;
            }
        }
        return null;
    }

    private Activity commonAncestor(Activity a, Activity b) {
        List<Activity> pa = a.pathFromRoot();
        List<Activity> pb = b.pathFromRoot();
        Activity common = tree.root();
        for (int i = 0; i < Math.min(pa.size(), pb.size()) && pa.get(i) == pb.get(i); i++) {
            common = pa.get(i);
        }
        return common;
    }

    private boolean isBefore(Activity target, Activity current, Activity common) {
        List<Activity> order = new ArrayList<>();
        preorder(common, order);
        return order.indexOf(target) < order.indexOf(current);
    }

    private void preorder(Activity a, List<Activity> out) {
        out.add(a);
        children(a).forEach(c -> preorder(c, out));
    }

    // ---- what the player shows -------------------------------------------------------------------------------

    public Activity current() {
        return tree.find(state.current).orElse(null);
    }

    /** Whether a continue request would deliver something or end the course. */
    public boolean continueValid() {
        if (state.ended) {
            return false;
        }
        Activity current = current();
        if (current == null) {
            return true;
        }
        if (refusal(NavRequest.of(Type.CONTINUE), current) != null) {
            return false;
        }
        Step step = traverse(current, true, false);
        return step.leaf != null || step.end;
    }

    public boolean previousValid() {
        Activity current = current();
        if (state.ended || current == null || previousRefusal(current) != null) {
            return false;
        }
        return traverse(current, false, false).leaf != null;
    }

    /** Why a choice of this activity would be refused now, or null when it would be accepted. */
    public String choiceRefusal(String id) {
        if (state.ended) {
            return "the course has ended";
        }
        return choiceRefusal(tree.find(id).orElse(null), id);
    }

    /**
     * The values of {@code adl.nav.request_valid}: "continue", "previous" (true/false), "choice" per activity id and
     * "jump" per launchable activity id.
     */
    public Map<String, Object> requestValid() {
        Map<String, Boolean> choice = new LinkedHashMap<>();
        Map<String, Boolean> jump = new LinkedHashMap<>();
        for (Activity a : tree.all()) {
            if (a != tree.root()) {
                choice.put(a.id(), choiceRefusal(a.id()) == null);
            }
            if (a.isLeaf()) {
                jump.put(a.id(), jumpRefusal(a.id()) == null);
            }
        }
        Map<String, Object> valid = new LinkedHashMap<>();
        valid.put("continue", continueValid());
        valid.put("previous", previousValid());
        valid.put("choice", choice);
        valid.put("jump", jump);
        return valid;
    }

    /** The table of contents in delivery order; invisible aggregations are left out but their children shown. */
    public List<TocEntry> toc() {
        List<TocEntry> entries = new ArrayList<>();
        children(tree.root()).forEach(c -> toc(c, 0, entries));
        return entries;
    }

    private void toc(Activity a, int depth, List<TocEntry> out) {
        boolean hidden = !a.visible() || statuses.precondition(a, "hiddenFromChoice");
        Judgement j = status(a);
        out.add(new TocEntry(
                a.id(),
                a.title(),
                depth,
                a.launchable(),
                hidden,
                statuses.precondition(a, "disabled") || statuses.attemptLimitExceeded(a),
                !state.ended && choiceRefusal(a.id()) == null,
                a.id().equals(state.current),
                j.completion().name().toLowerCase(java.util.Locale.ROOT),
                j.success().name().toLowerCase(java.util.Locale.ROOT)));
        int childDepth = a.visible() ? depth + 1 : depth;
        children(a).forEach(c -> toc(c, childDepth, out));
    }

    /** The rolled-up status of the course (the root activity): what the player reports. */
    public Judgement courseStatus() {
        return status(tree.root());
    }

    public Judgement status(String activityId) {
        return status(tree.find(activityId).orElseThrow());
    }

    private Judgement status(Activity a) {
        Tracking t = state.tracking(a.id());
        Judgement.Completion completion = t.completed == null
                ? (t.attemptCount > 0 ? Judgement.Completion.INCOMPLETE : Judgement.Completion.NOT_ATTEMPTED)
                : t.completed ? Judgement.Completion.COMPLETED : Judgement.Completion.INCOMPLETE;
        Boolean satisfied = statuses.satisfied(a);
        Judgement.Success success = satisfied == null
                ? Judgement.Success.UNKNOWN
                : satisfied ? Judgement.Success.PASSED : Judgement.Success.FAILED;
        BigDecimal measure = statuses.measure(a);
        return new Judgement(completion, success, new Judgement.Score(null, null, null, measure));
    }

    public boolean ended() {
        return state.ended;
    }

    public int attemptCount(String activityId) {
        return state.tracking(activityId).attemptCount;
    }
}
