package org.pathwise.lrs.store;

import java.time.Instant;

/** A store as the API shows it. */
public record Store(long id, String name, Instant created) {}
