package org.pathwise.scorm.cmi5;

/** The AU {@code launchMethod}: where the LMS may open it (default AnyWindow). */
public enum LaunchMethod {
    ANY_WINDOW("AnyWindow"),
    OWN_WINDOW("OwnWindow");

    private final String xmlValue;

    LaunchMethod(String xmlValue) {
        this.xmlValue = xmlValue;
    }

    public String xmlValue() {
        return xmlValue;
    }
}
