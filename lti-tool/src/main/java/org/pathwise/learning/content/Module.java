package org.pathwise.learning.content;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * A unit of content: a SCORM SCO, a cmi5 AU or an assessment item, identified by its xAPI activity id.
 *
 * @param id the activity id (IRI) statements about it use as object id
 * @param title the name shown to learners
 * @param kind what it is for
 * @param competencies the competencies it teaches or assesses (learner model skill ids)
 * @param difficulty designer's difficulty on the learner model's logit scale, or {@code null} to use the model's
 * @param expectedTime how long it usually takes
 * @param moveOn when it counts as done
 * @param masteryScore a cmi5 AU's mastery score (scaled, 0 to 1) or {@code null}: a {@code passed} statement whose
 *     scaled score is below it does not count as passed
 */
public record Module(
        String id,
        String title,
        ModuleKind kind,
        Set<String> competencies,
        Double difficulty,
        Duration expectedTime,
        MoveOn moveOn,
        Double masteryScore) {

    public Module {
        if (id == null || id.isBlank()) {
            throw ContentException.invalid("a module needs an id");
        }
        title = title == null || title.isBlank() ? id : title;
        Objects.requireNonNull(kind, "kind");
        competencies = Set.copyOf(competencies);
        expectedTime = expectedTime == null ? Duration.ZERO : expectedTime;
        if (expectedTime.isNegative()) {
            throw ContentException.invalid("module '" + id + "' has a negative expected time");
        }
        moveOn = moveOn == null ? MoveOn.COMPLETED_OR_PASSED : moveOn;
        if (masteryScore != null && !(masteryScore >= 0 && masteryScore <= 1)) {
            throw ContentException.invalid("module '" + id + "' masteryScore must be between 0 and 1");
        }
    }

    /** A module without a mastery score. */
    public Module(
            String id,
            String title,
            ModuleKind kind,
            Set<String> competencies,
            Double difficulty,
            Duration expectedTime,
            MoveOn moveOn) {
        this(id, title, kind, competencies, difficulty, expectedTime, moveOn, null);
    }

    /** A lesson done when completed or passed. */
    public static Module lesson(String id, String title, Set<String> competencies, Duration expectedTime) {
        return new Module(id, title, ModuleKind.LESSON, competencies, null, expectedTime, null);
    }

    public Module withKind(ModuleKind newKind) {
        return new Module(id, title, newKind, competencies, difficulty, expectedTime, moveOn, masteryScore);
    }

    public Module withMoveOn(MoveOn newMoveOn) {
        return new Module(id, title, kind, competencies, difficulty, expectedTime, newMoveOn, masteryScore);
    }

    public Module withDifficulty(Double newDifficulty) {
        return new Module(id, title, kind, competencies, newDifficulty, expectedTime, moveOn, masteryScore);
    }

    public Module withMasteryScore(Double newMasteryScore) {
        return new Module(id, title, kind, competencies, difficulty, expectedTime, moveOn, newMasteryScore);
    }
}
