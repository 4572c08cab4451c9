package org.pathwise.pathways.content;

/**
 * A launchable unit of the content library as the content model sees it.
 *
 * @param unitId the player's unit id (launched at {@code /play/{unitId}})
 * @param packageId its package
 * @param packageTitle the package's title
 * @param title the unit's title
 * @param activityId the xAPI activity id its statements use (the content model's module id)
 * @param position its place in the package
 * @param forcedSequential whether its package forbids choosing or going back (SCORM 2004 control mode)
 * @param moveOn a cmi5 AU's {@code moveOn} from the course structure (cmi5 spelling), null for SCORM
 * @param masteryScore a cmi5 AU's {@code masteryScore} (scaled, 0 to 1), or null
 */
public record LibraryUnit(
        String unitId,
        String packageId,
        String packageTitle,
        String title,
        String activityId,
        int position,
        boolean forcedSequential,
        String moveOn,
        Double masteryScore) {

    /** A unit without package rules of its own (SCORM). */
    public LibraryUnit(
            String unitId,
            String packageId,
            String packageTitle,
            String title,
            String activityId,
            int position,
            boolean forcedSequential) {
        this(unitId, packageId, packageTitle, title, activityId, position, forcedSequential, null, null);
    }
}
