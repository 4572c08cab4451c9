package org.pathwise.scorm.manifest;

/** {@code adlcp:scormtype} (1.2) / {@code adlcp:scormType} (2004): whether a resource talks to the LMS API. */
public enum ScormType {
    /** A Sharable Content Object: launched with the runtime API and tracked. */
    SCO,
    /** Launched without the API; not tracked. */
    ASSET
}
