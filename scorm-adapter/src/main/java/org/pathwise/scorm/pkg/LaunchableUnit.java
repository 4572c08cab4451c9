package org.pathwise.scorm.pkg;

import java.util.Objects;

/**
 * One thing a learner can launch: a SCORM item with a resource (SCO or asset) or a cmi5 AU.
 *
 * @param id the item identifier (SCORM) or the AU publisher id (cmi5)
 * @param title the title shown in a table of contents
 * @param launchUrl relative to the package root (or absolute), with the item parameters already merged
 * @param tracked true for a SCO or an AU (talks to the LMS), false for a SCORM asset
 */
public record LaunchableUnit(String id, String title, String launchUrl, boolean tracked) {
    public LaunchableUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(launchUrl, "launchUrl");
        title = title == null ? "" : title;
    }
}
