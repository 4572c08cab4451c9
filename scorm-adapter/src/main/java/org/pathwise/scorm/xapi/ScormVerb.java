package org.pathwise.scorm.xapi;

import java.util.Locale;

/** The ADL verbs of the xAPI SCORM Profile. */
public enum ScormVerb {
    INITIALIZED,
    RESUMED,
    SUSPENDED,
    TERMINATED,
    COMPLETED,
    PASSED,
    FAILED,
    SCORED,
    RESPONDED,
    COMMENTED,
    PROGRESSED;

    public String id() {
        return "http://adlnet.gov/expapi/verbs/" + display();
    }

    public String display() {
        return name().toLowerCase(Locale.ROOT);
    }
}
