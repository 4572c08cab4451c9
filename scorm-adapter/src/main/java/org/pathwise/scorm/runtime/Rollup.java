package org.pathwise.scorm.runtime;

import java.util.List;
import org.pathwise.scorm.runtime.Judgement.Completion;
import org.pathwise.scorm.runtime.Judgement.Success;

/**
 * The default rollup of IMS SS 4.6 reduced to one level: a package is completed when every tracked unit is
 * completed, satisfied (passed) when every unit with a known success is passed and at least one is known, failed when
 * any is failed.
 */
public final class Rollup {

    private Rollup() {}

    public static Judgement of(List<Judgement> units) {
        if (units.isEmpty()) {
            return Judgement.NOTHING;
        }
        boolean allCompleted = units.stream().allMatch(j -> j.completion() == Completion.COMPLETED);
        boolean anyAttempted = units.stream().anyMatch(j -> j.completion() != Completion.NOT_ATTEMPTED);
        Completion completion =
                allCompleted ? Completion.COMPLETED : anyAttempted ? Completion.INCOMPLETE : Completion.NOT_ATTEMPTED;
        Success success;
        if (units.stream().anyMatch(j -> j.success() == Success.FAILED)) {
            success = Success.FAILED;
        } else if (units.stream().anyMatch(j -> j.success() == Success.PASSED)
                && units.stream()
                        .allMatch(j -> j.success() != Success.UNKNOWN || j.completion() == Completion.COMPLETED)) {
            success = Success.PASSED;
        } else {
            success = Success.UNKNOWN;
        }
        return new Judgement(completion, success, Judgement.Score.NONE);
    }
}
