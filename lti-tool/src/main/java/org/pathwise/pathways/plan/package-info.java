/**
 * The sequencer wired to the server: a learner's plan on a pathway (API and page), decisions recorded as xAPI, at-risk
 * flags, grades to the LMS, pathways in the Deep Linking picker, and the demo pathway.
 */
package org.pathwise.pathways.plan;
