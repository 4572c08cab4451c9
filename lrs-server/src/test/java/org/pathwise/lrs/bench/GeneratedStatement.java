package org.pathwise.lrs.bench;

import java.util.List;
import java.util.UUID;

/**
 * One generated statement: its JSON and the keys the LRS indexes, so the JDBC ceiling writes rows of the same shape.
 */
record GeneratedStatement(
        UUID id,
        String json,
        String actorKey,
        String verbId,
        String activityId,
        UUID registration,
        List<String> contextActivityIds) {}
