package org.pathwise.scorm.cmi5;

/** The AU {@code moveOn} criterion (default NotApplicable). */
public enum MoveOn {
    PASSED("Passed"),
    COMPLETED("Completed"),
    COMPLETED_AND_PASSED("CompletedAndPassed"),
    COMPLETED_OR_PASSED("CompletedOrPassed"),
    NOT_APPLICABLE("NotApplicable");

    private final String xmlValue;

    MoveOn(String xmlValue) {
        this.xmlValue = xmlValue;
    }

    /** The value as written in cmi5.xml and in LMS.LaunchData. */
    public String xmlValue() {
        return xmlValue;
    }
}
