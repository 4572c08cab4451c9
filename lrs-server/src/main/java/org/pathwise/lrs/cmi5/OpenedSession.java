package org.pathwise.lrs.cmi5;

import java.time.Instant;

/**
 * A session just opened: {@code authToken} is what the LMS's fetch URL hands to the AU once (Base64 of key:secret,
 * for {@code Authorization: Basic}); it is not stored and not shown again.
 */
public record OpenedSession(String sessionId, String key, String authToken, Instant expiresAt) {}
