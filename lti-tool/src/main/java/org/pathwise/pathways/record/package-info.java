/**
 * The learner record: the LRS outbox read in order into per-learner statements (idempotent by statement id), mastery
 * per course and competency, and background refits of the learner model's parameters, run by one node at a time.
 */
package org.pathwise.pathways.record;
