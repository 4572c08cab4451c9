package org.pathwise.learning.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One answer of a learner to an item that exercises one or more skills.
 *
 * @param learnerId who answered
 * @param skills the skills (competencies) the item exercises; at least one
 * @param itemId the item answered, or {@code null} when unknown (then the skills stand for the item)
 * @param score 1 for correct, 0 for incorrect, or a partial score in between
 * @param timestamp when the answer was given
 */
public record Observation(String learnerId, List<String> skills, String itemId, double score, Instant timestamp) {

    public Observation {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(timestamp, "timestamp");
        skills = List.copyOf(Objects.requireNonNull(skills, "skills"));
        if (skills.isEmpty()) {
            throw LearnerModelException.invalid("an observation needs at least one skill");
        }
        if (!(score >= 0.0 && score <= 1.0)) {
            throw LearnerModelException.invalid("score must be in [0,1], was " + score);
        }
    }

    /** A single-skill observation. */
    public static Observation of(String learnerId, String skill, String itemId, double score, Instant timestamp) {
        return new Observation(learnerId, List.of(skill), itemId, score, timestamp);
    }

    /** The key the item's difficulty is stored under: the item id, or the skill set when there is none. */
    public String itemKey() {
        return itemKey(skills, itemId);
    }

    /** The item key of an item with these skills and this id (which may be {@code null}). */
    public static String itemKey(List<String> skills, String itemId) {
        return itemId != null ? itemId : "skills:" + String.join("+", skills);
    }

    public boolean correct() {
        return score >= 0.5;
    }
}
