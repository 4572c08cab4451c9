/** The tool's client for the LRS: a durable outbox of statements and a scheduled sender that retries until delivered. */
package org.pathwise.tool.lrs;
