package org.pathwise.scorm.pkg;

import java.util.List;

/** What every parsed package offers, whatever its standard; the standard-specific model adds the details. */
public interface ContentPackage {

    PackageStandard standard();

    /** The manifest identifier (SCORM) or the course id (cmi5). */
    String identifier();

    /** The course title to show: the default organization's title (SCORM) or the course title (cmi5). */
    String title();

    /** Everything launchable, in table-of-contents order. */
    List<LaunchableUnit> launchables();

    /** Things the parser tolerated or ignored and an administrator may want to know (never errors). */
    List<String> notes();
}
