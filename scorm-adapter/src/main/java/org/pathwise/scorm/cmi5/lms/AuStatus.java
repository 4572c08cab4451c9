package org.pathwise.scorm.cmi5.lms;

/** What is known about one AU within a registration. */
public record AuStatus(boolean completed, boolean passed, boolean failed, boolean waived) {

    public static final AuStatus NOTHING = new AuStatus(false, false, false, false);

    /** This status with what a later session reported added (facts never go away within a registration). */
    public AuStatus and(AuStatus later) {
        return new AuStatus(
                completed || later.completed, passed || later.passed, failed || later.failed, waived || later.waived);
    }
}
