package org.pathwise.scorm.runtime;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The data model values the LMS sets before the SCO calls Initialize, as flattened elements: who the learner is, the
 * entry, credit and mode, the manifest's settings, and — within an attempt — what the SCO stored before.
 */
public final class LaunchSeed {

    /** Stored elements a continuing attempt gets back (besides the objectives, interactions and comments rows). */
    private static final Set<String> CARRIED = Set.of(
            "cmi.core.lesson_location",
            "cmi.core.lesson_status",
            "cmi.core.score.raw",
            "cmi.core.score.min",
            "cmi.core.score.max",
            "cmi.location",
            "cmi.completion_status",
            "cmi.success_status",
            "cmi.progress_measure",
            "cmi.score.scaled",
            "cmi.score.raw",
            "cmi.score.min",
            "cmi.score.max",
            "cmi.suspend_data",
            "cmi.comments");

    private LaunchSeed() {}

    /**
     * @param previous what the attempt holds so far; {@link CmiData#EMPTY} for a new attempt
     * @param totalTime the attempt's accumulated session time
     */
    public static Map<String, String> build(
            UnitSettings settings,
            String learnerId,
            String learnerName,
            String entry,
            CmiData previous,
            Duration totalTime) {
        ScormVersion v = settings.version();
        Map<String, String> seed = new LinkedHashMap<>();
        previous.values().forEach((k, val) -> {
            if (isCarried(k) && !val.isEmpty()) {
                seed.put(k, val);
            }
        });
        seed.put(v.learnerId(), learnerId);
        seed.put(v.learnerName(), learnerName == null ? "" : learnerName);
        seed.put(v.entry(), entry);
        seed.put(v.credit(), "credit");
        seed.put(v.mode(), "normal");
        seed.put(v.totalTime(), Durations.format(v, totalTime));
        put(seed, "cmi.launch_data", settings.launchData());
        if (v == ScormVersion.SCORM_12) {
            seed12(settings, seed);
        } else {
            seed2004(settings, seed);
        }
        seed.remove("cmi.core.lesson_status", "not attempted");
        return seed;
    }

    private static void seed12(UnitSettings s, Map<String, String> seed) {
        put(seed, "cmi.student_data.mastery_score", s.masteryScore());
        put(seed, "cmi.student_data.max_time_allowed", s.maxTimeAllowed());
        put(seed, "cmi.student_data.time_limit_action", s.timeLimitAction());
    }

    private static void seed2004(UnitSettings s, Map<String, String> seed) {
        put(seed, "cmi.completion_threshold", s.completionThreshold());
        put(seed, "cmi.scaled_passing_score", s.scaledPassingScore());
        put(seed, "cmi.max_time_allowed", s.maxTimeAllowed());
        put(seed, "cmi.time_limit_action", s.timeLimitAction());
        int next = 0;
        while (seed.containsKey("cmi.objectives." + next + ".id")) {
            next++;
        }
        for (String id : s.objectiveIds()) {
            if (!hasObjective(seed, id)) {
                seed.put("cmi.objectives." + next++ + ".id", id);
            }
        }
    }

    private static boolean hasObjective(Map<String, String> seed, String id) {
        return seed.entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("cmi.objectives.")
                        && e.getKey().endsWith(".id")
                        && e.getValue().equals(id));
    }

    private static boolean isCarried(String key) {
        if (key.contains("._")) {
            return false;
        }
        return CARRIED.contains(key)
                || key.startsWith("cmi.objectives.")
                || key.startsWith("cmi.interactions.")
                || key.startsWith("cmi.comments_from_learner.");
    }

    private static void put(Map<String, String> seed, String key, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            seed.put(key, value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString());
        }
    }
}
