package org.pathwise.player.cmi5;

import java.time.Instant;

/** A cmi5_registration row: a learner enrolled in a cmi5 course; the id is the xAPI registration. */
public record Registration(String id, String packageId, String learnerId, Instant createdAt) {}
