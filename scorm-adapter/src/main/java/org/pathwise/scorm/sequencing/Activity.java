package org.pathwise.scorm.sequencing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.pathwise.scorm.manifest.sequencing.ControlMode;
import org.pathwise.scorm.manifest.sequencing.DeliveryControls;
import org.pathwise.scorm.manifest.sequencing.Objective;
import org.pathwise.scorm.manifest.sequencing.RollupRules;
import org.pathwise.scorm.manifest.sequencing.Sequencing;
import org.pathwise.scorm.manifest.sequencing.SequencingRule;

/**
 * One node of the activity tree: the organization (root), an aggregation (cluster) or a launchable item (leaf), with
 * its effective sequencing (IMS SS defaults applied where the manifest declares nothing).
 */
public final class Activity {

    /** The key of an activity's primary objective in tracking state when the manifest gives it no id. */
    static final String PRIMARY = "#primary";

    private static final RollupRules DEFAULT_ROLLUP = new RollupRules(true, true, java.math.BigDecimal.ONE, List.of());

    private final String id;
    private final String title;
    private final boolean visible;
    private final boolean launchable;
    private final Sequencing sequencing;
    private final List<Activity> children = new ArrayList<>();
    private Activity parent;

    Activity(String id, String title, boolean visible, boolean launchable, Sequencing sequencing) {
        this.id = id;
        this.title = title;
        this.visible = visible;
        this.launchable = launchable;
        this.sequencing = sequencing;
    }

    void add(Activity child) {
        child.parent = this;
        children.add(child);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public boolean visible() {
        return visible;
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    public boolean launchable() {
        return launchable;
    }

    public Activity parent() {
        return parent;
    }

    /** The children in manifest order (the delivery order may differ after selection/randomization). */
    public List<Activity> children() {
        return Collections.unmodifiableList(children);
    }

    public ControlMode controlMode() {
        return sequencing == null ? ControlMode.DEFAULT : sequencing.effectiveControlMode();
    }

    public DeliveryControls deliveryControls() {
        return sequencing == null ? DeliveryControls.DEFAULT : sequencing.effectiveDeliveryControls();
    }

    public RollupRules rollupRules() {
        return sequencing == null || sequencing.rollupRules() == null ? DEFAULT_ROLLUP : sequencing.rollupRules();
    }

    public org.pathwise.scorm.manifest.sequencing.RollupConsiderations rollupConsiderations() {
        return sequencing == null
                ? org.pathwise.scorm.manifest.sequencing.RollupConsiderations.DEFAULT
                : sequencing.effectiveRollupConsiderations();
    }

    public List<SequencingRule> rules(SequencingRule.Type type) {
        return sequencing == null ? List.of() : sequencing.rules(type);
    }

    public Integer attemptLimit() {
        return sequencing == null || sequencing.limitConditions() == null
                ? null
                : sequencing.limitConditions().attemptLimit();
    }

    public Sequencing sequencing() {
        return sequencing;
    }

    public List<Objective> objectives() {
        return sequencing == null ? List.of() : sequencing.objectives();
    }

    public Optional<Objective> primaryObjective() {
        return sequencing == null ? Optional.empty() : sequencing.primaryObjective();
    }

    /** The tracking key of an objective of this activity: its id, or {@link #PRIMARY} for the primary objective. */
    String objectiveKey(Objective objective) {
        return objective == null || objective.primary() ? PRIMARY : objective.objectiveId();
    }

    /** The objective a rule condition reads: the referenced one (by id), else the primary. */
    Optional<Objective> objective(String referencedObjective) {
        if (referencedObjective == null) {
            return primaryObjective();
        }
        return objectives().stream()
                .filter(o -> referencedObjective.equals(o.objectiveId()))
                .findFirst();
    }

    boolean isAncestorOf(Activity other) {
        for (Activity a = other.parent; a != null; a = a.parent) {
            if (a == this) {
                return true;
            }
        }
        return false;
    }

    /** Root first, this last. */
    List<Activity> pathFromRoot() {
        List<Activity> path = new ArrayList<>();
        for (Activity a = this; a != null; a = a.parent) {
            path.add(0, a);
        }
        return path;
    }

    @Override
    public String toString() {
        return id;
    }
}
