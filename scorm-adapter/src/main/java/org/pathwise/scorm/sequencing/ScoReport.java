package org.pathwise.scorm.sequencing;

import java.math.BigDecimal;
import org.pathwise.scorm.runtime.Judgement;

/**
 * What a SCO reported for its activity (cmi.completion_status, cmi.success_status, cmi.score.scaled), as judged by
 * the runtime rules.
 *
 * @param scaled the normalized measure, null when not reported
 */
public record ScoReport(Judgement.Completion completion, Judgement.Success success, BigDecimal scaled) {

    public static ScoReport of(Judgement judgement) {
        return new ScoReport(
                judgement.completion(), judgement.success(), judgement.score().scaled());
    }
}
