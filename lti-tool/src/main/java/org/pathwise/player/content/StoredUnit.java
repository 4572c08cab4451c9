package org.pathwise.player.content;

/**
 * A launchable unit of a stored package.
 *
 * @param itemId the SCORM item identifier or the cmi5 AU id
 * @param launchUrl relative to the package folder (or absolute for cmi5 AUs hosted elsewhere)
 * @param settings standard-specific launch settings as JSON (SCORM: {@link org.pathwise.scorm.runtime.UnitSettings})
 */
public record StoredUnit(
        String id,
        String packageId,
        int position,
        String itemId,
        String title,
        String launchUrl,
        boolean tracked,
        String settings) {}
