/** Personalization wired into the server: course content models, pathways, the learner record and the sequencer. */
package org.pathwise.pathways;
