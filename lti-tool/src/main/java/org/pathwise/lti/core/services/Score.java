package org.pathwise.lti.core.services;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A score to publish (AGS 2.0 §3.4): for the user {@code userId} (the launch's sub), at {@code timestamp} (which
 * must increase for the same user and line item), with the activity and grading progress.
 */
public record Score(
        String userId,
        OptionalDouble scoreGiven,
        OptionalDouble scoreMaximum,
        Optional<String> comment,
        Instant timestamp,
        ActivityProgress activityProgress,
        GradingProgress gradingProgress) {
    public static final String MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";

    /** Activity states of AGS 2.0. */
    public enum ActivityProgress {
        Initialized,
        Started,
        InProgress,
        Submitted,
        Completed
    }

    /** Grading states of AGS 2.0. */
    public enum GradingProgress {
        FullyGraded,
        Pending,
        PendingManual,
        Failed,
        NotReady
    }

    public Score {
        if (scoreGiven.isPresent() && scoreMaximum.isEmpty()) {
            throw new IllegalArgumentException("scoreGiven needs scoreMaximum");
        }
    }

    /** A completed, fully graded score. */
    public static Score graded(String userId, double given, double maximum, Instant timestamp) {
        return new Score(
                userId,
                OptionalDouble.of(given),
                OptionalDouble.of(maximum),
                Optional.empty(),
                timestamp,
                ActivityProgress.Completed,
                GradingProgress.FullyGraded);
    }

    ObjectNode toJson() {
        ObjectNode node = ServiceJson.MAPPER.createObjectNode();
        node.put("userId", userId);
        scoreGiven.ifPresent(value -> node.put("scoreGiven", value));
        scoreMaximum.ifPresent(value -> node.put("scoreMaximum", value));
        comment.ifPresent(value -> node.put("comment", value));
        node.put("timestamp", timestamp.toString());
        node.put("activityProgress", activityProgress.name());
        node.put("gradingProgress", gradingProgress.name());
        return node;
    }
}
