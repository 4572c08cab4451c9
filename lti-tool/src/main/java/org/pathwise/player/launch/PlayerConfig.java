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
 * @param sequencingUrl for a sequenced package, its navigation request URL with {@code {request}} in place of
 *     continue/previous: the page turns Next/Previous on when a commit answers that the sequencer would accept them
 * @param sharedData the SCO's 4th Edition shared data maps and the stores it may read, null when it maps none
 * @param hideLmsUi the item's {@code hideLMSUI} values: the page hides its Next button for {@code continue} and its
 *     Previous button for {@code previous} (it shows no exit, suspend or abandon controls)
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
        String packageSuccess,
        String sequencingUrl,
        SharedData sharedData,
        List<String> hideLmsUi) {

    /**
     * Shared data for {@code adl.data.n}: the unit's {@code adlcp:map}s as scorm-again takes them
     * ({@code targetID}, {@code readSharedData}, {@code writeSharedData}) and the readable stores (targetID → store).
     */
    public record SharedData(List<Map<String, Object>> maps, Map<String, String> stores) {}

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
