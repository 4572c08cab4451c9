package org.pathwise.learning.model;

import java.util.List;
import java.util.Map;

/**
 * One learner's whole state in a {@link LearnerModel}, as plain data (records, maps, lists, numbers: Jackson writes and
 * reads it as JSON without configuration), so the state can be stored and the model resumed from it instead of
 * replaying the learner's record: restoring a snapshot and observing more answers gives the same state as replaying
 * all of them. Instants are epoch milliseconds.
 *
 * @param learnerId whose state
 * @param ability Elo ability over all skills
 * @param answers answers observed
 * @param successes correct answers
 * @param failures incorrect answers
 * @param recent exponential average of signed outcomes
 * @param last the last signed outcome
 * @param decayedSuccesses recency-weighted successes
 * @param decayedFailures recency-weighted failures
 * @param skills per skill (competency), its state
 * @param items the item difficulties this learner's answers moved (a live model refines them), by item key
 */
public record LearnerSnapshot(
        String learnerId,
        double ability,
        long answers,
        int successes,
        int failures,
        double recent,
        double last,
        double decayedSuccesses,
        double decayedFailures,
        Map<String, Skill> skills,
        Map<String, ItemParameters> items) {

    public LearnerSnapshot {
        skills = skills == null ? Map.of() : Map.copyOf(skills);
        items = items == null ? Map.of() : Map.copyOf(items);
    }

    /**
     * The state on one skill.
     *
     * @param mastery BKT probability of mastery after the last answer (before forgetting since)
     * @param ability Elo ability offset on the skill
     * @param history up to the last 10 outcomes, newest first
     */
    public record Skill(
            double mastery,
            double ability,
            int successes,
            int failures,
            double recent,
            double last,
            double decayedSuccesses,
            double decayedFailures,
            int streak,
            long lastAnswerIndex,
            Long lastPracticeMillis,
            List<Answer> history) {

        public Skill {
            history = history == null ? List.of() : List.copyOf(history);
        }
    }

    /** One remembered outcome. */
    public record Answer(String itemId, double score, long atMillis) {}
}
