package org.pathwise.scorm.pkg;

/** Which descriptor file a package root holds; the exact SCORM version comes from the manifest itself. */
public enum PackageKind {
    /** {@code imsmanifest.xml} at the root: SCORM 1.2 or 2004. */
    SCORM_MANIFEST("imsmanifest.xml"),
    /** {@code cmi5.xml} at the root: a cmi5 course structure. */
    CMI5_COURSE_STRUCTURE("cmi5.xml");

    private final String fileName;

    PackageKind(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
