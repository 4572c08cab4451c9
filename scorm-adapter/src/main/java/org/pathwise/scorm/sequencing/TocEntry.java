package org.pathwise.scorm.sequencing;

/**
 * One line of the player's table of contents.
 *
 * @param depth nesting level among visible activities, 0 for the top
 * @param hidden not shown: isvisible=false or a hiddenFromChoice pre-condition holds
 * @param disabled shown but not launchable: a disabled pre-condition holds or the attempt limit is reached
 * @param selectable a choice request for it would be accepted now
 * @param completion completed, incomplete, not attempted
 * @param success passed (satisfied), failed (not satisfied), unknown
 */
public record TocEntry(
        String id,
        String title,
        int depth,
        boolean launchable,
        boolean hidden,
        boolean disabled,
        boolean selectable,
        boolean current,
        String completion,
        String success) {}
