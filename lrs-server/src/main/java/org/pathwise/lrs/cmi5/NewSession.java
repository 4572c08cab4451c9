package org.pathwise.lrs.cmi5;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * What the LMS asks for when it opens a session ({@code POST /xapi/cmi5/sessions}).
 *
 * @param activityId the LMS-made AU activity id of the launch URL
 * @param publisherId the AU id from the course structure
 * @param actor the launch actor, an Agent identified by an account
 * @param ttlSeconds how long the session credential works (default 8 hours, at most 24)
 */
public record NewSession(
        String sessionId,
        String registration,
        String activityId,
        String publisherId,
        JsonNode actor,
        BigDecimal masteryScore,
        String launchMode,
        Long ttlSeconds) {}
