package org.pathwise.scorm.pkg;

/** The e-learning standard (and edition) a content package conforms to. */
public enum PackageStandard {
    SCORM_12("SCORM 1.2"),
    SCORM_2004_2ND_EDITION("SCORM 2004 2nd Edition"),
    SCORM_2004_3RD_EDITION("SCORM 2004 3rd Edition"),
    SCORM_2004_4TH_EDITION("SCORM 2004 4th Edition"),
    CMI5("cmi5");

    private final String label;

    PackageStandard(String label) {
        this.label = label;
    }

    /** A human-readable name, e.g. "SCORM 2004 3rd Edition". */
    public String label() {
        return label;
    }

    public boolean isScorm() {
        return this != CMI5;
    }

    public boolean isScorm2004() {
        return this == SCORM_2004_2ND_EDITION || this == SCORM_2004_3RD_EDITION || this == SCORM_2004_4TH_EDITION;
    }
}
