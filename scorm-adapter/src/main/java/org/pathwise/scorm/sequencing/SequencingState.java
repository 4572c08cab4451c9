package org.pathwise.scorm.sequencing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tracking state of one learner's sequencing session on one package: per-activity attempt and status data, the
 * global (shared) objectives, the current activity and the delivery order chosen by selection/randomization. Mutable
 * and plain (public fields, no-arg constructors) so that the player can store it as JSON between requests.
 */
public final class SequencingState {

    /** The status of one objective; null members are unknown. */
    public static final class ObjectiveStatus {
        public Boolean satisfied;
        public BigDecimal measure;

        public ObjectiveStatus() {}

        ObjectiveStatus(Boolean satisfied, BigDecimal measure) {
            this.satisfied = satisfied;
            this.measure = measure;
        }
    }

    /** Tracking of one activity. */
    public static final class Tracking {
        public int attemptCount;
        public boolean active;
        /** Attempt completion status; null while the progress is unknown. */
        public Boolean completed;
        /** Local objective status by objective key (objective id, or {@code #primary}). */
        public Map<String, ObjectiveStatus> objectives = new LinkedHashMap<>();

        ObjectiveStatus objective(String key) {
            return objectives.computeIfAbsent(key, k -> new ObjectiveStatus());
        }
    }

    public Map<String, Tracking> activities = new LinkedHashMap<>();
    public Map<String, ObjectiveStatus> globals = new LinkedHashMap<>();
    /** The order of a cluster's children for its current attempt, when selection/randomization changed it. */
    public Map<String, List<String>> childOrder = new LinkedHashMap<>();
    /** The activity delivered last (the leaf whose SCO runs or ran), null before the session started. */
    public String current;

    public boolean suspended;
    public boolean ended;

    Tracking tracking(String activityId) {
        return activities.computeIfAbsent(activityId, k -> new Tracking());
    }

    List<String> order(String clusterId) {
        return childOrder.getOrDefault(clusterId, new ArrayList<>());
    }
}
