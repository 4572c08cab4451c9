package org.pathwise.lrs.cmi5;

import java.math.BigDecimal;

/**
 * What the LMS fixed for one AU launch session.
 *
 * @param actorKey the launch actor's IFI key ({@code account::<homePage>::<name>})
 * @param masteryScore 0..1, null when the AU has none
 * @param launchMode Normal, Browse or Review
 */
public record SessionTerms(
        String sessionId,
        String registration,
        String activityId,
        String publisherId,
        String actorKey,
        BigDecimal masteryScore,
        String launchMode) {}
