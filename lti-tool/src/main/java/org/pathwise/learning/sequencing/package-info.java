/** The sequencer: the next module of a pathway for a learner, with a reason, plus at-risk flags, as a pure library. */
package org.pathwise.learning.sequencing;
