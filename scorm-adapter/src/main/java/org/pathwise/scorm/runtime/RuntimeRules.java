package org.pathwise.scorm.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.pathwise.scorm.runtime.Judgement.Completion;
import org.pathwise.scorm.runtime.Judgement.Score;
import org.pathwise.scorm.runtime.Judgement.Success;

/**
 * How the LMS judges a SCO's status and score. SCORM 1.2 RTE 3.4.2: with credit and a mastery score, the LMS sets
 * passed/failed from {@code score.raw}, overriding the SCO. SCORM 2004 RTE 4.2.4.1 / 4.2.22: a scaled passing score
 * decides success from {@code score.scaled} (unknown without a scaled score), a completion threshold decides
 * completion from {@code progress_measure} (unknown without one), both overriding the SCO.
 */
public final class RuntimeRules {

    private RuntimeRules() {}

    public static Judgement judge(UnitSettings settings, CmiData cmi) {
        return settings.version() == ScormVersion.SCORM_12 ? judge12(settings, cmi) : judge2004(settings, cmi);
    }

    private static Judgement judge12(UnitSettings settings, CmiData cmi) {
        ScormVersion v = ScormVersion.SCORM_12;
        Score score = score(cmi, v, null);
        String status =
                cmi.get("cmi.core.lesson_status").orElse("not attempted").toLowerCase(Locale.ROOT);
        boolean credit = !"no-credit".equals(cmi.getOrEmpty(v.credit()));
        if (credit && settings.masteryScore() != null && score.raw() != null) {
            status = score.raw().compareTo(settings.masteryScore()) >= 0 ? "passed" : "failed";
        }
        return new Judgement(completion12(status), success12(status), score);
    }

    /** The SCORM 1.2 lesson_status the LMS records (after the mastery rule). */
    public static String lessonStatus(Judgement j) {
        if (j.success() != Success.UNKNOWN) {
            return j.success() == Success.PASSED ? "passed" : "failed";
        }
        return switch (j.completion()) {
            case COMPLETED -> "completed";
            case INCOMPLETE -> "incomplete";
            case NOT_ATTEMPTED, UNKNOWN -> "not attempted";
        };
    }

    private static Completion completion12(String status) {
        return switch (status) {
            case "passed", "failed", "completed" -> Completion.COMPLETED;
            case "incomplete", "browsed" -> Completion.INCOMPLETE;
            default -> Completion.NOT_ATTEMPTED;
        };
    }

    private static Success success12(String status) {
        return switch (status) {
            case "passed" -> Success.PASSED;
            case "failed" -> Success.FAILED;
            default -> Success.UNKNOWN;
        };
    }

    private static Judgement judge2004(UnitSettings settings, CmiData cmi) {
        ScormVersion v = ScormVersion.SCORM_2004;
        Score score = score(cmi, v, cmi.decimal(v.score("scaled")).orElse(null));
        return new Judgement(completion2004(settings, cmi), success2004(settings, score, cmi), score);
    }

    private static Completion completion2004(UnitSettings settings, CmiData cmi) {
        if (settings.completionThreshold() != null) {
            return cmi.decimal("cmi.progress_measure")
                    .map(p -> p.compareTo(settings.completionThreshold()) >= 0
                            ? Completion.COMPLETED
                            : Completion.INCOMPLETE)
                    .orElse(Completion.UNKNOWN);
        }
        return switch (cmi.getOrEmpty("cmi.completion_status")) {
            case "completed" -> Completion.COMPLETED;
            case "incomplete" -> Completion.INCOMPLETE;
            case "not attempted" -> Completion.NOT_ATTEMPTED;
            default -> Completion.UNKNOWN;
        };
    }

    private static Success success2004(UnitSettings settings, Score score, CmiData cmi) {
        if (settings.scaledPassingScore() != null) {
            if (score.scaled() == null) {
                return Success.UNKNOWN;
            }
            return score.scaled().compareTo(settings.scaledPassingScore()) >= 0 ? Success.PASSED : Success.FAILED;
        }
        return switch (cmi.getOrEmpty("cmi.success_status")) {
            case "passed" -> Success.PASSED;
            case "failed" -> Success.FAILED;
            default -> Success.UNKNOWN;
        };
    }

    private static Score score(CmiData cmi, ScormVersion v, BigDecimal reportedScaled) {
        BigDecimal raw = cmi.decimal(v.score("raw")).orElse(null);
        BigDecimal min = cmi.decimal(v.score("min")).orElse(null);
        BigDecimal max = cmi.decimal(v.score("max")).orElse(null);
        BigDecimal scaled = reportedScaled != null ? reportedScaled : derivedScaled(raw, min, max, v);
        return new Score(raw, min, max, scaled);
    }

    /** SCORM 1.2 has no scaled score: (raw - min) / (max - min), with min 0 and max 100 when not reported. */
    private static BigDecimal derivedScaled(BigDecimal raw, BigDecimal min, BigDecimal max, ScormVersion v) {
        if (v != ScormVersion.SCORM_12 || raw == null) {
            return null;
        }
        BigDecimal lo = min == null ? BigDecimal.ZERO : min;
        BigDecimal hi = max == null ? BigDecimal.valueOf(100) : max;
        if (hi.compareTo(lo) <= 0) {
            return null;
        }
        BigDecimal scaled = raw.subtract(lo).divide(hi.subtract(lo), 4, RoundingMode.HALF_UP);
        return scaled.max(BigDecimal.ONE.negate()).min(BigDecimal.ONE).stripTrailingZeros();
    }
}
