package org.pathwise.player.launch;

import java.util.List;
import java.util.Map;

/**
 * Everything the player page needs, given to its script as JSON.
 *
 * @param standard SCORM_12 or SCORM_2004 (the run-time API to create)
 * @param commitUrl where scorm-again commits (and the page-close beacon goes); carries the launch's token
 * @param initializeUrl where the page reports the SCO's Initialize call
 * @param contentUrl the SCO's launch URL on the tool's origin
 * @param seed the data model values to load before the SCO initializes
 * @param toc every unit of the package, for the table of contents and next/previous
 */
public record PlayerConfig(
        String standard,
        String attemptId,
        String launchId,
        String entry,
        String commitUrl,
        String initializeUrl,
        String contentUrl,
        boolean tracked,
        Map<String, String> seed,
        String packageTitle,
        String unitTitle,
        String unitItemId,
        Navigation navigation,
        List<TocEntry> toc,
        String previousUrl,
        String nextUrl,
        String packageCompletion,
        String packageSuccess) {

    /** What the learner may do besides the SCO's own navigation. */
    public record Navigation(boolean choice, boolean flow, boolean forwardOnly) {}

    /** A table of contents entry with the learner's status on it. */
    public record TocEntry(
            String unitId,
            String itemId,
            String title,
            String url,
            boolean current,
            String completion,
            String success) {}
}
