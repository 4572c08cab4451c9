package org.pathwise.player.cmi5;

/**
 * What the cmi5 player page needs (embedded in the page as JSON).
 *
 * @param launchUrl the AU URL with the cmi5 launch parameters
 * @param ownWindow the AU's launchMethod is OwnWindow: the page is redirected, never framed
 * @param statusUrl where the page polls the session's status
 * @param returnPage the session's return page (the returnURL of LMS.LaunchData, as a path, with the learner's session
 *     handle): the page goes there when the AU's frame reaches the returnURL or the LMS has closed the session
 */
public record Cmi5PlayerConfig(
        String packageTitle,
        String auTitle,
        String registration,
        String sessionId,
        String activityId,
        String publisherId,
        String launchMode,
        String launchUrl,
        boolean ownWindow,
        String statusUrl,
        String returnPage) {}
