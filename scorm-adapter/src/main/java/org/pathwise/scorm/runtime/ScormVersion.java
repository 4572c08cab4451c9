package org.pathwise.scorm.runtime;

import org.pathwise.scorm.pkg.PackageStandard;

/** The two SCORM run-time data models and the names of the elements the LMS reads and seeds in each. */
public enum ScormVersion {
    SCORM_12("cmi.core."),
    SCORM_2004("cmi.");

    private final String core;

    ScormVersion(String core) {
        this.core = core;
    }

    public static ScormVersion of(PackageStandard standard) {
        if (standard == PackageStandard.SCORM_12) {
            return SCORM_12;
        }
        if (standard.isScorm2004()) {
            return SCORM_2004;
        }
        throw new IllegalArgumentException(standard.label() + " has no SCORM run-time");
    }

    public String learnerId() {
        return this == SCORM_12 ? "cmi.core.student_id" : "cmi.learner_id";
    }

    public String learnerName() {
        return this == SCORM_12 ? "cmi.core.student_name" : "cmi.learner_name";
    }

    public String entry() {
        return core + "entry";
    }

    public String exit() {
        return core + "exit";
    }

    public String credit() {
        return core + "credit";
    }

    public String mode() {
        return this == SCORM_12 ? "cmi.core.lesson_mode" : "cmi.mode";
    }

    public String location() {
        return this == SCORM_12 ? "cmi.core.lesson_location" : "cmi.location";
    }

    public String totalTime() {
        return core + "total_time";
    }

    public String sessionTime() {
        return core + "session_time";
    }

    /** {@code cmi.core.score.} or {@code cmi.score.} followed by raw, min, max (and scaled in 2004). */
    public String score(String part) {
        return core + "score." + part;
    }

    /** The learner's answer to interaction {@code n}. */
    public String interactionResponse(int n) {
        return "cmi.interactions." + n + (this == SCORM_12 ? ".student_response" : ".learner_response");
    }
}
