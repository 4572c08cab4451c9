package org.pathwise.player.cmi5;

import java.time.Instant;

/**
 * A cmi5_session row.
 *
 * @param outcome OPEN, TERMINATED or ABANDONED
 */
public record SessionRow(
        String id,
        String registration,
        String unitId,
        String launchMode,
        String fetchHash,
        Instant launchedAt,
        Instant fetchedAt,
        Instant endedAt,
        String outcome) {

    public static final String OPEN = "OPEN";
    public static final String TERMINATED = "TERMINATED";
    public static final String ABANDONED = "ABANDONED";

    public boolean open() {
        return OPEN.equals(outcome);
    }
}
