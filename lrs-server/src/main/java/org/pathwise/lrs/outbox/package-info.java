/** The durable outbox of accepted statements: the admin feed for internal subscribers, and per-store webhooks. */
package org.pathwise.lrs.outbox;
