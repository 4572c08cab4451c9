package org.pathwise.lti.core.keys;

import java.time.Instant;

/** A key no longer used for signing, still published until the tokens it signed have expired. */
public record RetiredKey(ToolKey key, Instant publishedUntil) {}
