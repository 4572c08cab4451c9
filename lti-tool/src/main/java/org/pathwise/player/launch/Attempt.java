package org.pathwise.player.launch;

import java.math.BigDecimal;
import java.time.Instant;
import org.pathwise.scorm.runtime.CmiData;
import org.pathwise.scorm.runtime.Judgement;

/**
 * One attempt of a learner on a unit within a registration. Standard-neutral: SCORM makes a registration per attempt
 * (the attempt id); cmi5 can share one registration across the AUs of a course.
 *
 * @param number 1 for the learner's first attempt on the unit
 * @param endedAt when the attempt ended (SCORM: finished without suspend), null while it can be continued
 * @param lastExit the exit of the last finished session ("suspend", "", "normal", ...)
 * @param cmi the stored run-time data (SCORM) — empty for other standards
 */
public record Attempt(
        String id,
        String learnerId,
        String learnerName,
        String unitId,
        String registration,
        int number,
        Instant startedAt,
        Instant updatedAt,
        Instant endedAt,
        String lastExit,
        boolean terminated,
        Judgement.Completion completion,
        Judgement.Success success,
        BigDecimal scoreScaled,
        BigDecimal scoreRaw,
        CmiData cmi) {

    public boolean ended() {
        return endedAt != null;
    }

    public Judgement judgement() {
        return new Judgement(completion, success, new Judgement.Score(scoreRaw, null, null, scoreScaled));
    }
}
